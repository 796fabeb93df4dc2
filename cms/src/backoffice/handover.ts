import type { Core } from '@strapi/strapi';

/**
 * "Protocolo de cambio de funcionarios": when a member leaves, every module hands over that
 * member's open work. Modules register a handler here from their register() hook.
 */
export type HandoverHandler = {
  /** The back-office resource whose records are handed over, e.g. `tasks`. */
  resource: string;
  /** Reassigns the open records of `fromMemberId` to `toMemberId`; returns how many. */
  handover: (strapi: Core.Strapi, fromMemberId: number, toMemberId: number) => Promise<number>;
};

const handlers: HandoverHandler[] = [];

export function registerHandover(handler: HandoverHandler) {
  if (!handlers.some((h) => h.resource === handler.resource)) handlers.push(handler);
}

export function handoverHandlers(): readonly HandoverHandler[] {
  return handlers;
}

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
