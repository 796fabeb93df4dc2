import { useState, type ReactElement } from 'react';
import { Stack } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import CancelIcon from '@mui/icons-material/Cancel';
import EditNoteIcon from '@mui/icons-material/EditNote';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { CommunicationStatus } from '@sigobito/config/contracts';
import { useMe } from '../goals/useMe';
import { MoveDialog } from './MoveDialog';
import type { Communication } from './types';
import { useApproverRoles } from './useApproverRoles';
import { useCommunicationAction } from './useCommunicationAction';
import { moveDialog, moveLabelKey, workflowMoves } from './workflow';

const ICONS: Partial<Record<CommunicationStatus, ReactElement>> = {
  in_preparation: <EditNoteIcon />,
  in_review: <SendIcon />,
  approved: <TaskAltIcon />,
  archived: <ArchiveIcon />,
  discarded: <CancelIcon />,
  identified: <ReplayIcon />,
};

/**
 * The communication's next steps as buttons: only the moves its status allows to the user's
 * role (`allowedMoves`, with the approvers of the settings). Approving, sending back and
 * discarding ask for a comment; the other moves go at once.
 */
export const CommunicationWorkflowButtons = () => {
  const translate = useTranslate();
  const record = useRecordContext<Communication>();
  const { me } = useMe();
  const { approverRoles, isPending } = useApproverRoles();
  const { run, pending } = useCommunicationAction();
  const [dialog, setDialog] = useState<CommunicationStatus | null>(null);
  if (!record || isPending) return null;

  const moves = workflowMoves(record.status, me?.role, approverRoles);
  if (moves.length === 0) return null;

  const start = (to: CommunicationStatus) => {
    if (moveDialog(record.status, to)) {
      setDialog(to);
      return;
    }
    void run((provider) => provider.transitionCommunication(record.id, to), 'resources.communications.transition_done', [], {
      status: translate(`resources.communications.statuses.${to}`),
    });
  };

  const kind = dialog ? moveDialog(record.status, dialog) : null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {moves.map((to, i) => (
        <Button
          key={to}
          label={moveLabelKey(record.status, to)}
          onClick={() => start(to)}
          disabled={pending}
          variant={i === 0 && to !== 'discarded' ? 'contained' : 'outlined'}
          color={to === 'discarded' ? 'error' : 'primary'}
        >
          {ICONS[to]}
        </Button>
      ))}
      {dialog && kind && <MoveDialog communication={record} to={dialog} kind={kind} onClose={() => setDialog(null)} />}
    </Stack>
  );
};
