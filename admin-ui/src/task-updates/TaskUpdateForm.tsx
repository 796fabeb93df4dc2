import { useState } from 'react';
import { Button as MuiButton, Stack } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import {
  Form,
  maxValue,
  minValue,
  NumberInput,
  required,
  ResourceContextProvider,
  TextInput,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { serverMessage } from '../agenda/serverMessage';
import type { Task } from '../tasks/types';

type UpdateValues = { note?: string; percent?: number | null };

const percent = [minValue(0), maxValue(100)];

/**
 * "Registrar seguimiento": a dated note and, optionally, the new percentage (which becomes the
 * task's progress). The date and author are set by the server.
 */
export const TaskUpdateForm = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  // A new key empties the form after each entry.
  const [round, setRound] = useState(0);

  const save = async (values: UpdateValues) => {
    try {
      await create(
        'task-updates',
        { data: { task: task.id, note: values.note, ...(values.percent == null ? {} : { percent: values.percent }) } },
        { returnPromise: true },
      );
      notify('resources.task-updates.form.done', { type: 'success' });
      setRound((n) => n + 1);
      refresh();
      return undefined;
    } catch (error) {
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <ResourceContextProvider value="task-updates">
      <Form key={round} record={{ percent: task.progress ?? 0 }} onSubmit={save}>
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: { md: 2 }, alignItems: { md: 'flex-start' } }}>
          <TextInput source="note" validate={required()} multiline minRows={2} sx={{ flexGrow: 1 }} />
          <NumberInput source="percent" min={0} max={100} step={1} validate={percent} sx={{ maxWidth: 160 }} />
          <MuiButton type="submit" variant="contained" startIcon={<NoteAddIcon />} disabled={isPending} sx={{ mt: { md: 1 } }}>
            {translate('resources.task-updates.form.submit')}
          </MuiButton>
        </Stack>
      </Form>
    </ResourceContextProvider>
  );
};
