import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { NOTIFICATION_KINDS, type NotificationPreferences, withDefaults } from '@sigobito/config/contracts';
import { BadRequest, type FieldError } from '../../backoffice/errors';

const patchSchema = z
  .object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean({ invalid_type_error: 'Debe ser verdadero o falso' }).optional()])))
  .strict();

/**
 * Pure: a member's own switches (stored, possibly partial) with the changes they asked for.
 * Unknown keys and non-boolean values are refused, field by field.
 */
export function applyPreferencesPatch(stored: unknown, body: unknown): NotificationPreferences {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadRequest([{ path: 'body', code: 'invalid', params: { variant: 'preferences' }, message: 'Envíe un objeto con los avisos a activar o desactivar' }]);
  }
  const parsed = patchSchema.safeParse(body);
  if (!parsed.success) {
    throw new BadRequest(
      parsed.error.issues.flatMap((issue): FieldError[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: key, code: 'unknown', params: { variant: 'notification' }, message: 'Aviso desconocido' }))
          : [{ path: issue.path.join('.') || 'body', code: 'invalid', params: { variant: 'boolean' }, message: issue.message }],
      ),
    );
  }
  const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === 'boolean'));
  return { ...withDefaults(stored), ...changes };
}

type MemberRef = { id: number; documentId: string };

const noMember = () => new BadRequest([{ path: 'member', code: 'no_member', message: 'Su cuenta no tiene perfil de miembro' }]);

export async function readMyNotifications(strapi: Core.Strapi, member: MemberRef | null): Promise<NotificationPreferences> {
  if (!member) throw noMember();
  const row = (await strapi.db.query('api::member.member').findOne({ where: { id: member.id }, select: ['notificationPreferences'] })) as {
    notificationPreferences?: unknown;
  } | null;
  return withDefaults(row?.notificationPreferences);
}

/** A member turns their own e-mails on or off; written through the Document Service, so it is audited. */
export async function updateMyNotifications(strapi: Core.Strapi, member: MemberRef | null, body: unknown): Promise<NotificationPreferences> {
  const current = await readMyNotifications(strapi, member);
  const next = applyPreferencesPatch(current, body);
  await strapi.documents('api::member.member').update({ documentId: member!.documentId, data: { notificationPreferences: next } as never });
  return next;
}
