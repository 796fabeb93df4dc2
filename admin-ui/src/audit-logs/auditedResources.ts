import { own } from '../common/own';

/**
 * The resources whose changes the audit log records (for the list's resource filter).
 * `accounts` are login accounts (users-permissions users): audited, but not a back-office resource.
 */
export const AUDITED_RESOURCES = ['actors', 'themes', 'places', 'areas', 'positions', 'members', 'settings', 'accounts'] as const;
export type AuditedResource = (typeof AUDITED_RESOURCES)[number];

/** The Strapi content type of each audited resource, for entries the server did not name. */
const CONTENT_TYPES: Record<string, AuditedResource> = {
  'api::actor.actor': 'actors',
  'api::theme.theme': 'themes',
  'api::place.place': 'places',
  'api::area.area': 'areas',
  'api::position.position': 'positions',
  'api::member.member': 'members',
  'api::setting.setting': 'settings',
  'plugin::users-permissions.user': 'accounts',
};

/**
 * The resource of an audit entry: the name the server gives, else the one its content type
 * stands for, else undefined (shown as "—").
 */
export const auditResourceOf = (entry: { resource?: string | null; contentType?: string | null }): string | undefined => {
  if (typeof entry.resource === 'string' && entry.resource !== '') return entry.resource;
  return entry.contentType ? own(CONTENT_TYPES, entry.contentType) : undefined;
};
