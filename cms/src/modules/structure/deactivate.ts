import type { Core } from '@strapi/strapi';
import { BadRequest, notFound } from '../../backoffice/errors';
import { getOne } from '../../backoffice/engine';
import { members } from './members';
import { handoverHandlers } from '../../backoffice/registry';
import { handoverLines } from './handover-summary';
import { toMember } from '../../notifications/to-member';
import { backofficeUrl } from '../../notifications/links';
import { inTransaction } from '../../backoffice/transaction';

type MemberRow = { id: number; documentId: string; active: boolean; user?: { id: number } | null };

/**
 * Deactivates a member in one step: hands every open record over to another active member
 * (each module's handler), blocks the account and records who received the work.
 */
export async function deactivateMember(strapi: Core.Strapi, documentId: string, handoverTo: unknown) {
  const load = (id: string) =>
    strapi.db.query('api::member.member').findOne({ where: { documentId: id }, populate: { user: { select: ['id'] } } }) as Promise<MemberRow | null>;
  const member = await load(documentId);
  if (!member) throw notFound();
  if (!member.active) throw new BadRequest([{ path: 'active', code: 'already_inactive', message: 'El miembro ya está desactivado' }]);
  if (typeof handoverTo !== 'string' || !handoverTo) throw new BadRequest([{ path: 'handoverTo', code: 'required', params: { variant: 'handover' }, message: 'Indique quién recibe el trabajo abierto' }]);
  if (handoverTo === documentId) throw new BadRequest([{ path: 'handoverTo', code: 'invalid', params: { variant: 'same_member' }, message: 'Debe ser otro miembro' }]);
  const receiver = await load(handoverTo);
  if (!receiver) throw new BadRequest([{ path: 'handoverTo', code: 'not_found', params: { variant: 'member' }, message: 'No existe ese miembro' }]);
  if (!receiver.active) throw new BadRequest([{ path: 'handoverTo', code: 'inactive', message: 'Ese miembro está desactivado' }]);

  // Every handover, the member, the account and the receiver's e-mail: all of it, or none (the
  // outbox row goes with a rollback, and nothing is sent before the commit).
  const handedOver: Record<string, number> = {};
  await inTransaction(strapi, async () => {
    for (const handler of handoverHandlers()) handedOver[handler.resource] = await handler.handover(strapi, member.id, receiver.id);
    await strapi.documents('api::member.member').update({
      documentId,
      data: { active: false, deactivatedAt: new Date().toISOString(), handedOverTo: handoverTo } as never,
    });
    if (member.user) await strapi.plugin('users-permissions').service('user').edit(member.user.id, { blocked: true });
    // One e-mail for everything received, not one per task.
    const lines = handoverLines(handedOver);
    if (lines.length) {
      const leaving = (await strapi.db.query('api::member.member').findOne({ where: { documentId }, select: ['fullName', 'deactivatedAt'] })) as { fullName: string; deactivatedAt: string };
      await toMember(
        strapi,
        handoverTo,
        'taskAssigned',
        `handover:${documentId}:${handoverTo}:${new Date(leaving.deactivatedAt).toISOString()}`,
        `Recibe el trabajo abierto de ${leaving.fullName}`,
        `${leaving.fullName} dejó la red y usted recibe su trabajo abierto:\n${lines.join('\n')}\n\nMis tareas: ${backofficeUrl('my-tasks')}\nMis metas: ${backofficeUrl('my-goals')}`,
      );
    }
  });
  const admin = { id: 0, username: 'system', email: '', role: 'admin' as const, member: null };
  return { member: await getOne(strapi, members, admin, documentId), handedOver };
}

/**
 * Lets a deactivated member back in (someone who returns to the municipality): active again,
 * the account unblocked, recorded in their history. Their former work stays with whoever
 * received it; nothing is handed back.
 */
export async function reactivateMember(strapi: Core.Strapi, documentId: string) {
  const member = (await strapi.db.query('api::member.member').findOne({ where: { documentId }, populate: { user: { select: ['id'] } } })) as MemberRow | null;
  if (!member) throw notFound();
  if (member.active) throw new BadRequest([{ path: 'active', code: 'already_active', message: 'El miembro ya está activo' }]);
  await inTransaction(strapi, async () => {
    await strapi.documents('api::member.member').update({ documentId, data: { active: true, deactivatedAt: null } as never });
    if (member.user) await strapi.plugin('users-permissions').service('user').edit(member.user.id, { blocked: false });
  });
  const admin = { id: 0, username: 'system', email: '', role: 'admin' as const, member: null };
  return { member: await getOne(strapi, members, admin, documentId) };
}
