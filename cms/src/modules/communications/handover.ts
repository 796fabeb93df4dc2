import { OPEN_COMMUNICATION_STATUSES } from '@sigobito/config/contracts';
import { reassignOpen } from '../../backoffice/handover';
import type { HandoverHandler } from '../../backoffice/types';

/** A leaving editor's communications still being worked on (up to approval) go to the receiver. */
export const communicationHandovers: HandoverHandler[] = [
  {
    resource: 'communications',
    handover: (s, from, to) => reassignOpen(s, 'api::communication.communication', 'editor', from, to, { status: { $in: [...OPEN_COMMUNICATION_STATUSES] } }),
  },
];
