import { useCallback, useMemo } from 'react';
import { Alert, Box, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Form, ResourceContextProvider, SaveButton, TextInput, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { RichTextInput } from 'ra-input-rich-text';
import { CHANNEL_LIMITS, type PieceChannel, type PieceProblem } from '@sigobito/config/contracts';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import { ZonedDateTimeInput } from '../agenda/ZonedDateTimeInput';
import { errorMessage } from '../common/codedMessages';
import { DateTimeField } from '../common/DateTimeField';
import { uploadFiles, type SigobitoDataProvider } from '../dataProvider';
import type { Communication, Piece } from '../communications/types';
import { mayPublishPiece, pieceEditable } from '../communications/workflow';
import { PieceDeliveries } from '../deliveries/PieceDeliveries';
import { NewsToolbar, useNewsEditorOptions } from './NewsEditor';
import { PieceImagesInput } from './PieceImagesInput';
import { PiecePreview } from './PiecePreview';
import { formProblems, maxImages, pieceForApi, problemsAsErrors, toPieceForm, type PieceFormValues } from './pieceForm';
import { PublishPieceButton } from './PublishPieceButton';
import { LengthHelper, TextCounter } from './TextCounter';

const PIECE_STATUS_COLOURS: Record<string, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  draft: 'default',
  scheduled: 'info',
  sending: 'warning',
  published: 'success',
  failed: 'error',
};

/** The channel's inputs: the web takes a title, a summary and rich text; X and Facebook plain text and a link. */
const PieceInputs = ({ channel, disabled }: { channel: PieceChannel; disabled: boolean }) => {
  const translate = useTranslate();
  const editorOptions = useNewsEditorOptions(translate('resources.pieces.fields.body'));
  return (
    <>
      {channel === 'web' && (
        <>
          <TextInput source="title" disabled={disabled} helperText={<LengthHelper source="title" max={CHANNEL_LIMITS.web.title} />} />
          <TextInput source="summary" disabled={disabled} multiline helperText={<LengthHelper source="summary" max={CHANNEL_LIMITS.web.summary} help="resources.pieces.helpers.summary" />} />
          <RichTextInput source="body" disabled={disabled} editorOptions={editorOptions} toolbar={<NewsToolbar />} helperText="resources.pieces.helpers.body_web" />
        </>
      )}
      {channel !== 'web' && <TextInput source="body" disabled={disabled} multiline minRows={4} helperText="resources.pieces.helpers.body_social" />}
      <TextCounter channel={channel} />
      {channel !== 'web' && <TextInput source="link" type="url" disabled={disabled} helperText="resources.pieces.helpers.link" />}
      <PieceImagesInput max={maxImages(channel)} />
      <ZonedDateTimeInput source="scheduledAt" disabled={disabled} helperText="resources.pieces.helpers.scheduledAt" />
    </>
  );
};

/** Where the piece stands on its channel: status, when it went out, its address there, the last error. */
const PieceState = ({ piece }: { piece: Piece }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <Chip size="small" color={PIECE_STATUS_COLOURS[piece.status] ?? 'default'} label={translate(`resources.pieces.statuses.${piece.status}`, { _: piece.status })} />
      {piece.postedAt && (
        <Typography variant="body2" component="span">
          {translate('resources.pieces.fields.postedAt')}: <DateTimeField record={piece} source="postedAt" />
        </Typography>
      )}
      {piece.externalUrl && (
        <MuiLink href={piece.externalUrl} target="_blank" rel="noopener noreferrer">
          {translate('resources.deliveries.open')}
        </MuiLink>
      )}
      {piece.lastError && <Alert severity="error" sx={{ py: 0 }}>{piece.lastError}</Alert>}
    </Stack>
  );
};

type PieceEditorProps = {
  communication: Communication;
  /** The piece, or the channel of a new one. */
  piece?: Piece;
  channel: PieceChannel;
  canWrite: boolean;
  onCreated?: (piece: Piece) => void;
};

/**
 * One piece: its form beside a live preview of how it will look on its channel, a live
 * counter, required alt texts. The form checks with the contracts' rules (pieceProblems) as the
 * server does; the server's refusals land on the same inputs, in the user's language.
 */
export const PieceEditor = ({ communication, piece, channel, canWrite, onCreated }: PieceEditorProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const editable = canWrite && pieceEditable(communication.status, piece?.status);
  const record = useMemo(
    () => toPieceForm(piece ?? { communication: communication.id, channel, title: channel === 'web' ? communication.title : '', body: '' }),
    [piece, communication.id, communication.title, channel],
  );

  const validate = useCallback(
    (values: Record<string, unknown>) => problemsAsErrors(formProblems(values as Partial<PieceFormValues>), (problem: PieceProblem) => errorMessage(translate, problem)),
    [translate],
  );

  const save = async (values: Record<string, unknown>) => {
    try {
      const data = await pieceForApi({ ...(values as PieceFormValues), communication: communication.id, channel }, uploadFiles);
      if (piece) {
        await dataProvider.update('pieces', { id: piece.id, data, previousData: piece });
        notify('resources.pieces.saved', { type: 'success' });
      } else {
        const { data: created } = await dataProvider.create<Piece>('pieces', { data });
        notify('resources.pieces.created', { type: 'success' });
        onCreated?.(created);
      }
      // The communication may have gone back to review (an approved text changed).
      refresh();
      return undefined;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors || Object.keys(errors).length === 0) notify(serverMessage(error), { type: 'error' });
      return errors;
    }
  };

  return (
    <Box>
      {piece && <PieceState piece={piece} />}
      {editable && communication.status === 'approved' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.pieces.voids_approval')}
        </Alert>
      )}
      <ResourceContextProvider value="pieces">
        <Form key={piece?.id ?? `new-${channel}`} record={record} onSubmit={save} validate={validate} disabled={!editable}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
            <Box>
              {editable ? (
                <>
                  <PieceInputs channel={channel} disabled={!editable} />
                  <SaveButton label={piece ? 'ra.action.save' : 'ra.action.create'} />
                </>
              ) : (
                !canWrite && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {translate('resources.pieces.read_only')}
                  </Typography>
                )
              )}
            </Box>
            <PiecePreview channel={channel} />
          </Box>
        </Form>
      </ResourceContextProvider>
      {piece && (
        <>
          {canWrite && mayPublishPiece(communication.status, piece.status) && (
            <Box sx={{ mt: 2 }}>
              <PublishPieceButton piece={piece} />
            </Box>
          )}
          {canWrite && piece.status === 'draft' && !mayPublishPiece(communication.status, piece.status) && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
              {translate('resources.pieces.publish.needs_approval')}
            </Typography>
          )}
          <PieceDeliveries pieceId={piece.id} />
        </>
      )}
    </Box>
  );
};
