import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Button, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { serverMessage } from '../agenda/serverMessage';
import type { Milestone } from './types';

/** "Marcar cumplido": one click; the server stamps the completion time and the goal's health follows. */
export const MarkDoneButton = () => {
  const record = useRecordContext<Milestone>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<Milestone>();
  if (!record || record.status === 'done') return null;
  const markDone = () =>
    update(
      'milestones',
      { id: record.id, data: { status: 'done' }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.milestones.marked_done', { type: 'success', messageArgs: { title: record.title } });
          // The goal's health, progress and timeline are computed from its milestones.
          refresh();
        },
        onError: (error) => notify(serverMessage(error), { type: 'error' }),
      },
    );
  return (
    <Button label="resources.milestones.actions.mark_done" onClick={markDone} disabled={isPending} variant="outlined" size="small">
      <CheckCircleIcon />
    </Button>
  );
};
