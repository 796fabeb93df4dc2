import { reassignOpen } from '../../backoffice/handover';
import type { HandoverHandler } from '../../backoffice/types';

/** Open tasks and unanswered requests follow their member's replacement. */
export const agendaHandovers: HandoverHandler[] = [
  { resource: 'tasks', handover: (s, from, to) => reassignOpen(s, 'api::task.task', 'responsible', from, to, { status: { $in: ['pending', 'in_progress'] } }) },
  { resource: 'requests', handover: (s, from, to) => reassignOpen(s, 'api::request.request', 'assignedTo', from, to, { status: { $in: ['received', 'in_review'] } }) },
];
