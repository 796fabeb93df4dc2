import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { findRoleId } from '../roles/sync';

/**
 * The accounts the server console creates: the first administrator, and the mayor (only a mayor
 * grants the mayor and agenda roles in the back office, so the first one comes from here; whoever
 * runs the console already has the whole server).
 */
export const CONSOLE_ROLES = ['admin', 'mayor'] as const;

const input = z.object({
  username: z.string().trim().min(3).max(60).regex(/^[a-z0-9._-]+$/i, 'username: letters, digits, . _ -'),
  email: z.string().trim().toLowerCase().email('email: not a valid address'),
  fullName: z.string().trim().min(3, 'name: at least 3 characters'),
  password: z.string().min(12, 'password: at least 12 characters'),
  role: z.enum(CONSOLE_ROLES, { errorMap: () => ({ message: `role: one of ${CONSOLE_ROLES.join(', ')}` }) }).default('admin'),
});

/**
 * The first administrator (or the mayor) of a production install (no demo data there): an account
 * with that role and its member profile. Refuses to overwrite an existing account.
 */
export async function createAdmin(strapi: Core.Strapi, raw: unknown) {
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const { username, email, fullName, password, role } = parsed.data;
  const users = strapi.db.query('plugin::users-permissions.user');
  if (await users.findOne({ where: { $or: [{ username }, { email }] } })) throw new Error(`An account with username ${username} or e-mail ${email} already exists`);
  const user = (await strapi.plugin('users-permissions').service('user').add({
    username,
    email,
    password,
    role: await findRoleId(strapi, role),
    confirmed: true,
    blocked: false,
    provider: 'local',
  })) as { id: number };
  await strapi.documents('api::member.member').create({ data: { fullName, user: user.id, active: true } as never });
  return { username, email, role };
}
