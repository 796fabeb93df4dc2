import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, maxLength, required, ResourceContextProvider, TextInput, useTranslate } from 'react-admin';
import { RichTextInput } from 'ra-input-rich-text';
import { NewsToolbar, useNewsEditorOptions } from '../pieces/NewsEditor';
import { correctionOf, type CorrectionValues } from './correction';
import type { Communication, Piece } from './types';
import { useCommunicationAction } from './useCommunicationAction';

const FIELDS = ['note', 'title', 'summary', 'body'];

/**
 * "Corregir": a dated note published under the news, and the corrected title, summary or body
 * of its web piece (pre-filled with what is published).
 */
export const CorrectDialog = ({ communication, webPiece, onClose }: { communication: Communication; webPiece?: Piece; onClose: () => void }) => {
  const translate = useTranslate();
  const { run, pending } = useCommunicationAction();
  const editorOptions = useNewsEditorOptions(translate('resources.communications.correct.new_body'));
  const record = { id: communication.id, title: webPiece?.title ?? '', summary: webPiece?.summary ?? '', body: webPiece?.body ?? '' };
  const submit = async (values: CorrectionValues) => {
    const { result, errors } = await run((provider) => provider.correctCommunication(communication.id, correctionOf(values, webPiece)), 'resources.communications.correct.done', FIELDS);
    if (result) onClose();
    return errors;
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="correct-title" fullWidth maxWidth="md">
      <DialogTitle id="correct-title">{translate('resources.communications.correct.title')}</DialogTitle>
      <ResourceContextProvider value="pieces">
        <Form record={record} onSubmit={submit}>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.communications.correct.intro')}</DialogContentText>
            <TextInput source="note" label="resources.communications.correct.note" multiline minRows={2} validate={[required(), maxLength(2000)]} />
            <TextInput source="title" label="resources.communications.correct.new_title" validate={maxLength(120)} />
            <TextInput source="summary" label="resources.communications.correct.new_summary" validate={maxLength(160)} />
            <RichTextInput source="body" label="resources.communications.correct.new_body" editorOptions={editorOptions} toolbar={<NewsToolbar />} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" disabled={pending}>
              {translate('resources.communications.correct.submit')}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
