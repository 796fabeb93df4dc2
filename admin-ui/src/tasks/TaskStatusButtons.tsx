import { Stack } from '@mui/material';
import { Button, useCanAccess, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { serverMessage } from '../agenda/serverMessage';
import { TASK_STATUSES, type TaskStatus } from '@sigobito/config/contracts';
import type { Task } from './types';

/** One click to move a task: "Marcar en curso", "Marcar cumplida"… (every role that may update it). */
export const TaskStatusButtons = () => {
  const record = useRecordContext<Task>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'edit' });
  const [update, { isPending }] = useUpdate<Task>();
  if (!record || !canAccess) return null;

  const setStatus = (status: TaskStatus) =>
    update(
      'tasks',
      { id: record.id, data: { status }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () =>
          notify(translate('resources.tasks.status_changed', { status: translate(`resources.tasks.statuses.${status}`) }), { type: 'success' }),
        onError: (error) => notify(serverMessage(error), { type: 'error' }),
      },
    );

  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {TASK_STATUSES.filter((status) => status !== record.status).map((status) => (
        <Button
          key={status}
          label={`resources.tasks.status_actions.${status}`}
          onClick={() => setStatus(status)}
          disabled={isPending}
          variant={status === 'done' ? 'contained' : 'outlined'}
          color={status === 'cancelled' ? 'error' : 'primary'}
        />
      ))}
    </Stack>
  );
};
