import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, required, ResourceContextProvider, SelectInput, TextInput, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { serverMessage } from '../agenda/serverMessage';
import type { Aro } from './types';
import { treatmentNotesRequired, treatStatusChoices } from './workflow';

type TreatValues = { status?: string; treatmentNotes?: string | null; responsible?: string | null };

/** "Tratar": follow-up moves the ARO along the workflow (only the moves it allows) and says how; closing it needs the notes. */
export const TreatAroDialog = ({ aro, open, onClose }: { aro: Aro; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();

  const save = async (values: TreatValues) => {
    try {
      await update(
        'aros',
        {
          id: aro.id,
          data: { status: values.status, treatmentNotes: values.treatmentNotes || null, responsible: values.responsible || null },
          previousData: aro,
        },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('resources.aros.treat.done', { type: 'success' });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  const titleId = `treat-aro-title-${aro.id}`;
  const record = { status: aro.status === 'open' ? 'in_treatment' : aro.status, treatmentNotes: aro.treatmentNotes, responsible: aro.responsible };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('resources.aros.treat.title')}</DialogTitle>
      <ResourceContextProvider value="aros">
        <Form record={record} onSubmit={save}>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>{aro.title}</DialogContentText>
            <SelectInput source="status" choices={treatStatusChoices(aro.status)} validate={required()} />
            <TextInput source="treatmentNotes" multiline minRows={3} validate={treatmentNotesRequired} />
            <MemberInput source="responsible" />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" disabled={isPending}>
              {translate('ra.action.save')}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
