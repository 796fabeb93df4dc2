import type { Core } from '@strapi/strapi';
import { isRole } from '@sigobito/config';
import { unauthorized } from './errors';
import type { BackofficeUser } from './types';

type Ctx = { request: { header: Record<string, string | undefined> }; state: Record<string, unknown> };

/**
 * Who is calling: a valid, unexpired users-permissions JWT of an unblocked user whose role is
 * one of SIGOBito's and whose member profile (if any) is active. Anything else is a 401.
 */
export async function authenticate(strapi: Core.Strapi, ctx: Ctx): Promise<BackofficeUser> {
  const header = ctx.request.header.authorization;
  if (!header) throw unauthorized('Inicie sesión');
  let payload: { id?: number } | null;
  try {
    payload = await strapi.plugin('users-permissions').service('jwt').getToken(ctx);
  } catch {
    throw unauthorized();
  }
  if (!payload?.id) throw unauthorized();
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id: payload.id },
    select: ['id', 'username', 'email', 'blocked'],
    populate: { role: { select: ['type'] } },
  })) as { id: number; username: string; email: string; blocked: boolean; role?: { type: string } } | null;
  if (!user || user.blocked || !isRole(user.role?.type)) throw unauthorized();
  const member = (await strapi.db.query('api::member.member').findOne({
    where: { user: user.id },
    select: ['id', 'documentId', 'fullName', 'active'],
  })) as { id: number; documentId: string; fullName: string; active: boolean } | null;
  if (member && !member.active) throw unauthorized('Cuenta desactivada');
  const me: BackofficeUser = {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role!.type as BackofficeUser['role'],
    member: member ? { id: member.id, documentId: member.documentId, fullName: member.fullName } : null,
  };
  ctx.state.user = { id: me.id, username: me.username, fullName: me.member?.fullName };
  return me;
}
