import { registerHandover, reassignOpen } from '../../backoffice/handover';

/** Open tasks and unanswered requests follow their member's replacement. */
export function registerAgendaHandovers() {
  registerHandover({ resource: 'tasks', handover: (s, from, to) => reassignOpen(s, 'api::task.task', 'responsible', from, to, { status: { $in: ['pending', 'in_progress'] } }) });
  registerHandover({ resource: 'requests', handover: (s, from, to) => reassignOpen(s, 'api::request.request', 'assignedTo', from, to, { status: { $in: ['received', 'in_review'] } }) });
}
