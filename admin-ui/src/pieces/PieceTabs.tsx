import { useState } from 'react';
import { Alert, Box, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { PIECE_CHANNELS, type PieceChannel } from '@sigobito/config/contracts';
import type { Communication, Piece } from '../communications/types';
import { pieceEditable } from '../communications/workflow';
import { PieceEditor } from './PieceEditor';

const newTab = (channel: PieceChannel) => `new-${channel}`;

/**
 * The communication's pieces as tabs, one per piece, then "Añadir pieza: <canal>" for each
 * channel without one, to whoever writes pieces. A new piece, once created, takes its own tab.
 */
export const PieceTabs = ({ communication }: { communication: Communication }) => {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'pieces', action: 'create' });
  const { canAccess: canWrite } = useCanAccess({ resource: 'pieces', action: 'edit' });
  const { data, isPending, error } = useGetList<Piece>('pieces', {
    filter: { communication: communication.id },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  const [selected, setSelected] = useState<string | null>(null);
  const pieces = data ?? [];
  // One piece per channel: a channel that has one is edited in its tab.
  const addable = canCreate === true && pieceEditable(communication.status, undefined) ? PIECE_CHANNELS.filter((c) => !pieces.some((p) => p.channel === c)) : [];
  const tabs = [...pieces.map((p) => p.id), ...addable.map(newTab)];
  const current = selected && tabs.includes(selected) ? selected : (tabs[0] ?? null);

  if (isPending) return <Skeleton variant="rectangular" height={240} />;
  if (error) return <Alert severity="warning">{translate('ra.notification.http_error')}</Alert>;

  const piece = pieces.find((p) => p.id === current);
  const channel = piece?.channel ?? (PIECE_CHANNELS.find((c) => current === newTab(c)) as PieceChannel | undefined);

  return (
    <Box component="section" aria-labelledby="pieces-title" sx={{ mt: 3 }}>
      <Typography id="pieces-title" variant="h6" component="h2" gutterBottom>
        {translate('resources.communications.sections.pieces')}
      </Typography>
      {!pieces.length && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          {translate('resources.communications.no_pieces')}
        </Typography>
      )}
      {current && (
        <Tabs value={current} onChange={(_, value: string) => setSelected(value)} variant="scrollable" aria-label={translate('resources.pieces.tabs')} sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          {pieces.map((p) => (
            <Tab key={p.id} value={p.id} label={`${translate(`resources.pieces.channels.${p.channel}`)} · ${translate(`resources.pieces.statuses.${p.status}`, { _: p.status })}`} />
          ))}
          {addable.map((c) => (
            <Tab key={c} value={newTab(c)} icon={<AddIcon />} iconPosition="start" label={translate('resources.pieces.add', { channel: translate(`resources.pieces.channels.${c}`) })} />
          ))}
        </Tabs>
      )}
      {channel && (
        <PieceEditor
          key={current ?? ''}
          communication={communication}
          piece={piece}
          channel={channel}
          canWrite={canWrite === true}
          onCreated={(created) => setSelected(created.id)}
        />
      )}
    </Box>
  );
};
