import type { Core } from '@strapi/strapi';
import { registerHandover } from '../members/handover';

/** Open tasks and unanswered requests follow their member's replacement. */
export function registerAgendaHandovers() {
  registerHandover({
    resource: 'tasks',
    handover: (strapi, from, to) => reassign(strapi, 'api::task.task', 'responsible', from, to, { status: { $in: ['pending', 'in_progress'] } }),
  });
  registerHandover({
    resource: 'requests',
    handover: (strapi, from, to) => reassign(strapi, 'api::request.request', 'assignedTo', from, to, { status: { $in: ['received', 'in_review'] } }),
  });
}

async function reassign(strapi: Core.Strapi, uid: string, field: string, from: number, to: number, open: Record<string, unknown>) {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId'], where: { ...open, [field]: { id: from } } })) as Array<{ documentId: string }>;
  const receiver = (await strapi.db.query('api::member.member').findOne({ where: { id: to }, select: ['documentId'] })) as { documentId: string };
  // Through the Document Service, so each reassignment is in the audit trail.
  for (const r of rows) await strapi.documents(uid as never).update({ documentId: r.documentId, data: { [field]: receiver.documentId } as never });
  return rows.length;
}
