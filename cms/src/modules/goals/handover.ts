import { reassignOpen } from '../../backoffice/handover';
import type { HandoverHandler } from '../../backoffice/types';
import { FINISHED_GOAL_STATUSES } from '@sigobito/config/contracts';

/** A leaving goal manager's goals, open milestones and open ARO go to the receiver. */
export const goalHandovers: HandoverHandler[] = [
  { resource: 'goals', handover: (s, from, to) => reassignOpen(s, 'api::goal.goal', 'manager', from, to, { status: { $notIn: [...FINISHED_GOAL_STATUSES] } }) },
  { resource: 'milestones', handover: (s, from, to) => reassignOpen(s, 'api::milestone.milestone', 'responsible', from, to, { status: { $ne: 'done' } }) },
  { resource: 'aros', handover: (s, from, to) => reassignOpen(s, 'api::aro.aro', 'responsible', from, to, { status: { $in: ['open', 'in_treatment'] } }) },
];
