import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { PieceChannel } from '@sigobito/config/contracts';
import { counterOf } from './pieceForm';

/**
 * The live counter under the text: its length as the channel counts it (X: links 23, most emoji
 * 2, the link added after the text), red past the limit. The server counts the same way.
 */
export const TextCounter = ({ channel }: { channel: PieceChannel }) => {
  const translate = useTranslate();
  const body = useWatch({ name: 'body' }) as string | undefined;
  const link = useWatch({ name: 'link' }) as string | undefined;
  const { count, max, over } = counterOf(channel, { body, link });
  const channelName = translate(`resources.pieces.channels.${channel}`);
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-label={translate('resources.pieces.counter_label', { channel: channelName })}
      sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', mt: -1, mb: 1, color: over ? 'error.main' : 'text.secondary' }}
    >
      <Typography variant="body2" component="span" sx={{ fontWeight: over ? 700 : 400 }} data-testid="piece-counter">
        {translate('resources.pieces.counter', { count, max })}
      </Typography>
      {over > 0 && (
        <Typography variant="body2" component="span" sx={{ fontWeight: 700 }}>
          {translate('resources.pieces.counter_over', { over })}
        </Typography>
      )}
    </Box>
  );
};

/** "12 / 120" under a title or summary: its length against the channel's limit, red past it. */
export const LengthHelper = ({ source, max, help }: { source: string; max: number; help?: string }) => {
  const translate = useTranslate();
  const value = useWatch({ name: source }) as string | undefined;
  const count = [...(value ?? '')].length;
  return (
    <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
      <span>{help ? translate(help) : ''}</span>
      <Box component="span" sx={{ color: count > max ? 'error.main' : undefined, fontWeight: count > max ? 700 : undefined, whiteSpace: 'nowrap' }}>
        {translate('resources.pieces.counter', { count, max })}
      </Box>
    </Box>
  );
};
