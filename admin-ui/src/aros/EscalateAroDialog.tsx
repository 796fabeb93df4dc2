import { useState } from 'react';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Skeleton } from '@mui/material';
import { Button, DateInput, Form, Link, required, ResourceContextProvider, TextInput, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import type { Aro } from './types';
import { useEscalateAro } from './useEscalateAro';

type EscalateValues = { responsible?: string; dueDate?: string | null; title?: string | null; note?: string | null };

/** Someone of the agenda team, proposed as the task's responsible (the first active one by name). */
const useAgendaMember = () => {
  const { data, isPending } = useGetList(
    'members',
    { filter: { role: 'agenda', active: true }, sort: { field: 'fullName', order: 'ASC' }, pagination: { page: 1, perPage: 1 } },
    { staleTime: 5 * 60 * 1000 },
  );
  return { id: data?.[0]?.id as string | undefined, isPending };
};

/**
 * "Escalar a la agenda": a restriction the goal's team cannot lift becomes a task for the
 * mayor's team (responsible, due date, note). Then a link to the task it created.
 */
export const EscalateAroDialog = ({ aro, open, onClose }: { aro: Aro; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { escalate, pending } = useEscalateAro(aro.id);
  const agenda = useAgendaMember();
  const [task, setTask] = useState<RaRecord | null>(null);

  const submit = async (values: EscalateValues) => {
    const { result, errors } = await escalate({
      responsible: values.responsible ?? '',
      ...(values.dueDate ? { dueDate: values.dueDate } : {}),
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    });
    if (result) setTask(result.task);
    return errors;
  };

  const close = () => {
    setTask(null);
    onClose();
  };

  const titleId = `escalate-aro-title-${aro.id}`;
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('resources.aros.escalate.title')}</DialogTitle>
      {task ? (
        <>
          <DialogContent>
            <Alert severity="success">
              {translate('resources.aros.escalate.created')}{' '}
              <Link to={`/tasks/${encodeURIComponent(String(task.id))}/show`}>{translate('resources.aros.escalate.open_task')}</Link>
            </Alert>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.close" onClick={close} />
          </DialogActions>
        </>
      ) : agenda.isPending ? (
        <DialogContent>
          <Skeleton variant="rectangular" height={200} />
        </DialogContent>
      ) : (
        <ResourceContextProvider value="aros">
          <Form record={{ responsible: agenda.id }} onSubmit={submit}>
            <DialogContent>
              <DialogContentText sx={{ mb: 1 }}>{translate('resources.aros.escalate.explanation', { title: aro.title })}</DialogContentText>
              <MemberInput source="responsible" label="resources.aros.escalate.responsible" validate={required()} />
              <DateInput source="dueDate" label="resources.aros.escalate.dueDate" />
              <TextInput source="title" label="resources.aros.escalate.task_title" helperText="resources.aros.escalate.task_title_help" />
              <TextInput source="note" label="resources.aros.escalate.note" multiline minRows={3} />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={close} />
              <MuiButton type="submit" variant="contained" color="warning" disabled={pending}>
                {translate('resources.aros.escalate.submit')}
              </MuiButton>
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      )}
    </Dialog>
  );
};
