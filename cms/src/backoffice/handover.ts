import type { Core } from '@strapi/strapi';

/**
 * The usual handover: the open records whose `field` is the leaving member now point to the
 * receiver, written through the Document Service so each one is in the audit trail.
 */
export async function reassignOpen(strapi: Core.Strapi, uid: string, field: string, from: number, to: number, open: Record<string, unknown>) {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId'], where: { ...open, [field]: { id: from } } })) as Array<{ documentId: string }>;
  const receiver = (await strapi.db.query('api::member.member').findOne({ where: { id: to }, select: ['documentId'] })) as { documentId: string };
  for (const r of rows) await strapi.documents(uid as never).update({ documentId: r.documentId, data: { [field]: receiver.documentId } as never });
  return rows.length;
}
