import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isRole, type Role } from '@sigobito/config';
import { getEnv } from '@sigobito/config';

/** Only a hash is stored: a leaked database does not leak working feed addresses. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function feedUrl(token: string) {
  const env = getEnv();
  return `${env.CMS_URL ?? `http://localhost:${env.PORT}`}/api/calendar/${token}.ics`;
}

/** Issues a new secret feed token for a member; the previous address stops working. */
export async function regenerateCalendarToken(strapi: Core.Strapi, memberId: number) {
  const token = crypto.randomBytes(24).toString('base64url');
  await strapi.db.query('api::member.member').update({ where: { id: memberId }, data: { calendarToken: hashToken(token) } });
  return { url: feedUrl(token) };
}

/** The role behind a feed token, if the token is current and its member active. */
export async function roleOfToken(strapi: Core.Strapi, token: string): Promise<Role | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const member = (await strapi.db.query('api::member.member').findOne({
    where: { calendarToken: hashToken(token), active: true },
    populate: { user: { select: ['blocked'], populate: { role: { select: ['type'] } } } },
  })) as { user: { blocked: boolean; role: { type: string } | null } | null } | null;
  const type = member?.user?.role?.type;
  if (!member?.user || member.user.blocked || !isRole(type)) return null;
  return type;
}
