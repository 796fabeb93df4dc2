import type { Core } from '@strapi/strapi';
import { wants, type NotificationKind } from '@sigobito/config/contracts';
import { enqueue } from './outbox';

type MemberContact = { email: string; fullName: string; prefs: unknown };

async function contactOf(strapi: Core.Strapi, memberDocumentId: string | null | undefined): Promise<MemberContact | null> {
  if (!memberDocumentId) return null;
  const m = (await strapi.db.query('api::member.member').findOne({
    where: { documentId: memberDocumentId, active: true },
    select: ['fullName', 'notificationPreferences'],
    populate: { user: { select: ['email', 'blocked'] } },
  })) as { fullName: string; notificationPreferences: unknown; user: { email: string; blocked: boolean } | null } | null;
  if (!m?.user?.email || m.user.blocked) return null;
  return { email: m.user.email, fullName: m.fullName, prefs: m.notificationPreferences };
}

/** The active members of a role (their documentIds), to tell something to everyone who holds it. */
export const membersWithRole = (strapi: Core.Strapi, role: string): Promise<string[]> => membersWithRoles(strapi, [role]);

/** An e-mail to an active member who has not turned this kind off (queued in the outbox). */
export async function toMember(strapi: Core.Strapi, memberId: string | null | undefined, kind: NotificationKind, key: string, subject: string, body: string) {
  const c = await contactOf(strapi, memberId);
  if (!c || !wants(c.prefs, kind)) return false;
  return enqueue(strapi, { key, to: c.email, subject, text: `Hola, ${c.fullName}:\n\n${body}\n\n— SIGOBito` });
}

/** The active members who hold one of these roles (their profile ids). */
export async function membersWithRoles(strapi: Core.Strapi, roles: readonly string[]): Promise<string[]> {
  if (!roles.length) return [];
  const rows = (await strapi.db.query('api::member.member').findMany({
    select: ['documentId'],
    where: { active: true, user: { role: { type: { $in: [...roles] } } } },
  })) as Array<{ documentId: string }>;
  return rows.map((r) => r.documentId);
}
