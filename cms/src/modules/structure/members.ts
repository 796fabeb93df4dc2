import { z } from 'zod';
import { isRole, mayGrantRole, mayManageAccount, PRIVILEGED_ROLE_MESSAGE, ROLES, type Role } from '@sigobito/config';
import { withDefaults } from '@sigobito/config/contracts';
import type { BackofficeUser, ResourceDef, DocumentRecord, Filters } from '../../backoffice/types';
import { BadRequest, HttpProblem, zodErrors, type FieldError } from '../../backoffice/errors';
import { prepareWrite, populateFor, readable } from '../../backoffice/engine';
import { findRoleId } from '../../roles/sync';
import { memberFieldsHiddenFrom } from './private-fields';
import { passwordSchema } from '../../sessions/password';

const USER_UID = 'plugin::users-permissions.user';

type UserRow = { id: number; username: string; email: string; blocked: boolean; role?: { type: string } | null };

const account = z.object({
  username: z
    .string({ required_error: 'Es obligatorio', invalid_type_error: 'Debe ser un texto' })
    .trim()
    .min(3, 'Como mínimo 3 caracteres')
    .max(60, 'Como máximo 60 caracteres')
    .regex(/^[a-z0-9._-]+$/i, 'Solo letras, números, punto, guion y guion bajo'),
  email: z.string({ required_error: 'Es obligatorio', invalid_type_error: 'Debe ser un texto' }).trim().toLowerCase().email('No es un correo electrónico válido'),
  password: passwordSchema,
  role: z.enum(ROLES, { errorMap: () => ({ message: `Debe ser uno de: ${ROLES.join(', ')}` }) }),
});

/** Notification switches: an object of booleans, stored complete (unknown keys dropped). */
function checkPreferences(profile: Record<string, unknown>, errors: FieldError[]) {
  const prefs = profile.notificationPreferences;
  if (prefs === undefined || prefs === null) return;
  if (typeof prefs !== 'object' || Array.isArray(prefs) || !Object.values(prefs as object).every((v) => typeof v === 'boolean')) {
    errors.push({ path: 'notificationPreferences', code: 'invalid_type', params: { variant: 'preferences' }, message: 'Cada preferencia debe ser verdadero o falso' });
    return;
  }
  profile.notificationPreferences = withDefaults(prefs);
}

function accountErrors(error: z.ZodError): FieldError[] {
  return zodErrors(error.issues, { regexVariants: { username: 'username' } });
}

const roleFilter = (value: unknown, op: string): Filters => {
  const values = Array.isArray(value) ? value : [value];
  return { user: { role: { type: { [op === '$ne' ? '$notIn' : '$in']: values } } } };
};

const userField = (field: 'username' | 'email') => (value: unknown): Filters => ({ user: { [field]: { $eqi: String(value) } } });

/** 403: granting or removing mayor and agenda, and the accounts of who holds them, are the mayor's (config/src/contracts/role-grants.ts). */
const mayorOnly = () => new HttpProblem(403, PRIVILEGED_ROLE_MESSAGE);

type Account = { id: number; username: string; email: string; role: Role | null };

/** The login account of a member (null: none, or no such member). */
async function accountOf(documentId: string): Promise<Account | null> {
  const member = (await strapi.db.query('api::member.member').findOne({
    where: { documentId },
    select: ['id'],
    populate: { user: { select: ['id', 'username', 'email'], populate: { role: { select: ['type'] } } } },
  })) as { user: (Omit<Account, 'role'> & { role?: { type: string } | null }) | null } | null;
  const user = member?.user;
  if (!user) return null;
  return { id: user.id, username: user.username, email: user.email, role: isRole(user.role?.type) ? user.role.type : null };
}

/** Deactivating or reactivating a member is changing their account: a mayor's or agenda officer's is the mayor's to change. */
export async function assertMayManageAccount(user: BackofficeUser, documentId: string) {
  const account = await accountOf(documentId);
  if (account && !mayManageAccount(user.role, account.role)) throw mayorOnly();
}

/** A member as `user` may see them (an answer of deactivate and reactivate). */
export const memberSeenBy = (user: BackofficeUser, member: Record<string, unknown>) => readable(members, user, member);

async function assertAccountFree(username: string | undefined, email: string | undefined, exceptUserId?: number) {
  const errors: FieldError[] = [];
  const not = exceptUserId ? { id: { $ne: exceptUserId } } : {};
  if (username && (await strapi.db.query(USER_UID).findOne({ where: { username: { $eqi: username }, ...not } }))) {
    errors.push({ path: 'username', code: 'unique', params: { variant: 'username' }, message: 'Ese usuario ya existe' });
  }
  if (email && (await strapi.db.query(USER_UID).findOne({ where: { email: { $eqi: email }, ...not } }))) {
    errors.push({ path: 'email', code: 'unique', params: { variant: 'email' }, message: 'Ese correo ya está registrado' });
  }
  if (errors.length) throw new BadRequest(errors);
}

/**
 * Members are a users-permissions account (username, email, password, role) plus a profile.
 * The back office edits both as one record.
 */
export const members: ResourceDef = {
  name: 'members',
  uid: 'api::member.member',
  searchable: ['fullName', 'phone', 'user.username', 'user.email'],
  hidden: ['user', 'calendarToken'],
  readOnly: ['active', 'deactivatedAt', 'handedOverTo'],
  populate: { user: { fields: ['username', 'email', 'blocked'], populate: { role: { fields: ['type'] } } } },
  virtualFilters: { role: roleFilter, username: userField('username'), email: userField('email') },
  readHidden: memberFieldsHiddenFrom,
  present: (record, out) => {
    const user = record.user as UserRow | null;
    return {
      ...out,
      username: user?.username ?? null,
      email: user?.email ?? null,
      role: user?.role?.type ?? null,
      notificationPreferences: withDefaults(record.notificationPreferences),
    };
  },
  create: async (body, caller) => {
    if (isRole(body.role) && !mayGrantRole(caller.role, null, body.role)) throw mayorOnly();
    const parsed = account.safeParse(body);
    const profileErrors: FieldError[] = [];
    let profile: Record<string, unknown> = {};
    try {
      profile = await prepareWrite(strapi, members, body, 'create');
    } catch (e) {
      if (e instanceof BadRequest) profileErrors.push(...e.errors);
      else throw e;
    }
    checkPreferences(profile, profileErrors);
    const errors = [...(parsed.success ? [] : accountErrors(parsed.error)), ...profileErrors];
    if (errors.length || !parsed.success) throw new BadRequest(errors);
    const { username, email, password, role } = parsed.data;
    await assertAccountFree(username, email);
    const user = (await strapi.plugin('users-permissions').service('user').add({
      username,
      email,
      password,
      role: await findRoleId(strapi, role),
      confirmed: true,
      blocked: false,
      provider: 'local',
    })) as UserRow;
    return (await strapi.documents('api::member.member').create({
      data: { ...profile, user: user.id, active: true } as never,
      populate: populateFor(strapi, members) as never,
    })) as unknown as DocumentRecord;
  },
  update: async (documentId, body, caller) => {
    const stored = await accountOf(documentId);
    const from = stored?.role ?? null;
    if (stored && isRole(body.role) && !mayGrantRole(caller.role, from, body.role)) throw mayorOnly();
    const accountUpdate = account.partial().safeParse(
      Object.fromEntries(Object.entries(body).filter(([k, v]) => ['username', 'email', 'password', 'role'].includes(k) && v !== null && v !== '')),
    );
    const profileErrors: FieldError[] = [];
    let profile: Record<string, unknown> = {};
    try {
      profile = await prepareWrite(strapi, members, body, 'update', { selfId: documentId });
    } catch (e) {
      if (e instanceof BadRequest) profileErrors.push(...e.errors);
      else throw e;
    }
    checkPreferences(profile, profileErrors);
    const errors = [...(accountUpdate.success ? [] : accountErrors(accountUpdate.error)), ...profileErrors];
    if (errors.length || !accountUpdate.success) throw new BadRequest(errors);
    const { role, ...fields } = accountUpdate.data;
    if (stored) {
      // The form sends the account back as it is: only what differs from it is a change.
      const { username, email, password } = fields;
      const changed = password !== undefined || (username !== undefined && username !== stored.username) || (email !== undefined && email !== stored.email.toLowerCase());
      if (changed && !mayManageAccount(caller.role, from)) throw mayorOnly();
      await assertAccountFree(fields.username, fields.email, stored.id);
      const change: Record<string, unknown> = { ...fields };
      if (role) change.role = await findRoleId(strapi, role);
      if (Object.keys(change).length) await strapi.plugin('users-permissions').service('user').edit(stored.id, change);
    }
    return (await strapi.documents('api::member.member').update({
      documentId,
      data: profile as never,
      populate: populateFor(strapi, members) as never,
    })) as unknown as DocumentRecord;
  },
};
