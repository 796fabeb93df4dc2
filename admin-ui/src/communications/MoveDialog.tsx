import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, maxLength, required, ResourceContextProvider, TextInput, useTranslate } from 'react-admin';
import type { CommunicationStatus } from '@sigobito/config/contracts';
import type { Communication } from './types';
import { useCommunicationAction } from './useCommunicationAction';
import { moveLabelKey, type MoveDialog as MoveDialogKind } from './workflow';

const EMPTY = {};
const FIELDS = ['comment'];

const INTRO: Record<Exclude<MoveDialogKind, null>, string> = {
  approve: 'resources.communications.move.approve_intro',
  back: 'resources.communications.move.back_intro',
  discard: 'resources.communications.move.discard_intro',
};

/**
 * A move that asks for a comment first: approving (the comment is the approval's), sending back
 * to preparation (what must change: required) or discarding. The comment is kept in the history.
 */
export const MoveDialog = ({
  communication,
  to,
  kind,
  onClose,
}: {
  communication: Communication;
  to: CommunicationStatus;
  kind: Exclude<MoveDialogKind, null>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const { run, pending } = useCommunicationAction();
  const action = translate(moveLabelKey(communication.status, to));

  const submit = async (values: { comment?: string | null }) => {
    const comment = values.comment?.trim() || undefined;
    const { result, errors } = await run(
      (provider) => provider.transitionCommunication(communication.id, to, comment),
      'resources.communications.transition_done',
      FIELDS,
      { status: translate(`resources.communications.statuses.${to}`) },
    );
    if (result) onClose();
    return errors;
  };

  const titleId = `move-${to}-title`;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('resources.communications.move.title', { action, title: communication.title })}</DialogTitle>
      <ResourceContextProvider value="communications">
        <Form record={EMPTY} onSubmit={submit}>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(INTRO[kind])}</DialogContentText>
            <TextInput
              source="comment"
              label="resources.communications.move.comment"
              helperText="resources.communications.move.comment_help"
              multiline
              minRows={3}
              validate={kind === 'back' ? [required(), maxLength(2000)] : maxLength(2000)}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" color={kind === 'discard' ? 'error' : 'primary'} disabled={pending}>
              {action}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
