import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, required, ResourceContextProvider, TextInput, useTranslate } from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import type { Request } from './types';
import { useTransitionRequest } from './useTransitionRequest';

type AnswerValues = { answerText?: string | null; delegatedTo?: string | null };

const EMPTY = {};
const FORM_FIELDS = { answerText: 'answerText', delegatedTo: 'delegatedTo' };

/**
 * "Declinar" (an answer to the requester) and "Delegar" (the member who attends, and the
 * answer): one dialog, the member input only for delegating.
 */
export const AnswerRequestDialog = ({
  request,
  to,
  open,
  onClose,
}: {
  request: Request;
  to: 'declined' | 'delegated';
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const { transition, pending } = useTransitionRequest(request.id);
  const delegating = to === 'delegated';

  const submit = async (values: AnswerValues) => {
    const { result, errors } = await transition(
      {
        to,
        answerText: values.answerText?.trim() || undefined,
        ...(delegating && values.delegatedTo ? { delegatedTo: values.delegatedTo } : {}),
      },
      FORM_FIELDS,
    );
    if (result) onClose();
    return errors;
  };

  const titleId = `${to}-request-title`;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(`resources.requests.${delegating ? 'delegate' : 'decline'}.title`)}</DialogTitle>
      <ResourceContextProvider value="requests">
        <Form record={EMPTY} onSubmit={submit}>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>{request.subject}</DialogContentText>
            {delegating && <MemberInput source="delegatedTo" label="resources.requests.delegate.delegatedTo" validate={required()} />}
            <TextInput
              source="answerText"
              label="resources.requests.decline.answerText"
              multiline
              minRows={3}
              validate={delegating ? undefined : required()}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" color={delegating ? 'primary' : 'error'} disabled={pending}>
              {translate(`resources.requests.transitions.${to}`)}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
