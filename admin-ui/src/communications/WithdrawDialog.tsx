import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, maxLength, required, ResourceContextProvider, TextInput, useTranslate } from 'react-admin';
import type { Communication } from './types';
import { useCommunicationAction } from './useCommunicationAction';

const EMPTY = {};
const FIELDS = ['reason'];

/** "Retirar la noticia": the page stays, saying when and why it was withdrawn. */
export const WithdrawDialog = ({ communication, onClose }: { communication: Communication; onClose: () => void }) => {
  const translate = useTranslate();
  const { run, pending } = useCommunicationAction();
  const submit = async (values: { reason?: string }) => {
    const { result, errors } = await run((provider) => provider.withdrawCommunication(communication.id, (values.reason ?? '').trim()), 'resources.communications.withdraw.done', FIELDS);
    if (result) onClose();
    return errors;
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="withdraw-title" fullWidth maxWidth="sm">
      <DialogTitle id="withdraw-title">{translate('resources.communications.withdraw.title')}</DialogTitle>
      <ResourceContextProvider value="communications">
        <Form record={EMPTY} onSubmit={submit}>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>{communication.title}</DialogContentText>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.communications.withdraw.intro')}</DialogContentText>
            <TextInput source="reason" label="resources.communications.withdraw.reason" multiline minRows={2} validate={[required(), maxLength(2000)]} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" color="error" disabled={pending}>
              {translate('resources.communications.withdraw.submit')}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
