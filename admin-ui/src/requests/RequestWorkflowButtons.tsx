import { useState, type ReactElement } from 'react';
import { Stack } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import CancelIcon from '@mui/icons-material/Cancel';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import ForwardIcon from '@mui/icons-material/Forward';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { AcceptRequestDialog } from './AcceptRequestDialog';
import { AnswerRequestDialog } from './AnswerRequestDialog';
import type { Request } from './types';
import { useTransitionRequest } from './useTransitionRequest';
import { nextRequestStatuses, type RequestStatus } from '@sigobito/config/contracts';
import { TRANSITION_FORM } from './workflow';

const ICONS: Record<RequestStatus, ReactElement | null> = {
  received: null,
  in_review: <RateReviewIcon />,
  accepted: <EventAvailableIcon />,
  declined: <CancelIcon />,
  delegated: <ForwardIcon />,
  closed: <ArchiveIcon />,
};

/**
 * The request's next steps as buttons, only those the workflow allows from its status, for
 * those who may update requests. Moves that need more (a slot, an answer, a member) open a dialog.
 */
export const RequestWorkflowButtons = () => {
  const record = useRecordContext<Request>();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'edit' });
  const [dialog, setDialog] = useState<RequestStatus | null>(null);
  const { transition, pending } = useTransitionRequest(record?.id ?? '');
  if (!record || !canAccess) return null;

  const next = nextRequestStatuses(record.status);
  if (next.length === 0) return null;

  const start = (to: RequestStatus) => {
    if (TRANSITION_FORM[to] === 'none') void transition({ to });
    else setDialog(to);
  };

  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {next.map((to) => (
        <Button
          key={to}
          label={`resources.requests.transitions.${to}`}
          onClick={() => start(to)}
          disabled={pending}
          variant={to === 'accepted' || to === 'in_review' ? 'contained' : 'outlined'}
          color={to === 'declined' ? 'error' : 'primary'}
        >
          {ICONS[to] ?? undefined}
        </Button>
      ))}
      {dialog === 'accepted' && <AcceptRequestDialog request={record} open onClose={() => setDialog(null)} />}
      {(dialog === 'declined' || dialog === 'delegated') && (
        <AnswerRequestDialog request={record} to={dialog} open onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
};
