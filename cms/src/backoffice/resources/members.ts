import { z } from 'zod';
import { ROLES } from '@sigobito/config';
import type { ResourceDef, DocumentRecord, Filters } from '../types';
import { BadRequest, type FieldError } from '../errors';
import { prepareWrite, populateFor } from '../engine';
import { findRoleId } from '../../roles/sync';
import { withDefaults } from '../../members/notifications';
import { passwordSchema } from '../../members/password';

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
    errors.push({ path: 'notificationPreferences', code: 'invalid_type', message: 'Cada preferencia debe ser verdadero o falso' });
    return;
  }
  profile.notificationPreferences = withDefaults(prefs);
}

function accountErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: String(i.path[0] ?? 'body'), code: i.code, message: i.message }));
}

const roleFilter = (value: unknown, op: string): Filters => {
  const values = Array.isArray(value) ? value : [value];
  return { user: { role: { type: { [op === '$ne' ? '$notIn' : '$in']: values } } } };
};

const userField = (field: 'username' | 'email') => (value: unknown): Filters => ({ user: { [field]: { $eqi: String(value) } } });

async function assertAccountFree(username: string | undefined, email: string | undefined, exceptUserId?: number) {
  const errors: FieldError[] = [];
  const not = exceptUserId ? { id: { $ne: exceptUserId } } : {};
  if (username && (await strapi.db.query(USER_UID).findOne({ where: { username: { $eqi: username }, ...not } }))) {
    errors.push({ path: 'username', code: 'unique', message: 'Ese usuario ya existe' });
  }
  if (email && (await strapi.db.query(USER_UID).findOne({ where: { email: { $eqi: email }, ...not } }))) {
    errors.push({ path: 'email', code: 'unique', message: 'Ese correo ya está registrado' });
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
  create: async (body) => {
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
  update: async (documentId, body) => {
    const existing = (await strapi.documents('api::member.member').findOne({ documentId, populate: { user: { fields: ['id'] } } })) as unknown as DocumentRecord & {
      user: { id: number } | null;
    };
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
    if (existing.user) {
      await assertAccountFree(fields.username, fields.email, existing.user.id);
      const change: Record<string, unknown> = { ...fields };
      if (role) change.role = await findRoleId(strapi, role);
      if (Object.keys(change).length) await strapi.plugin('users-permissions').service('user').edit(existing.user.id, change);
    }
    return (await strapi.documents('api::member.member').update({
      documentId,
      data: profile as never,
      populate: populateFor(strapi, members) as never,
    })) as unknown as DocumentRecord;
  },
};
