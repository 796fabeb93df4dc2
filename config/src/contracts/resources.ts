import { own } from './own';
import type { BackofficeResource } from './permissions';

/** The Strapi content type behind each back-office resource (the CMS declares each resource on it). */
export const RESOURCE_CONTENT_TYPES = {
  actors: 'api::actor.actor',
  themes: 'api::theme.theme',
  places: 'api::place.place',
  areas: 'api::area.area',
  positions: 'api::position.position',
  members: 'api::member.member',
  settings: 'api::setting.setting',
  activities: 'api::activity.activity',
  requests: 'api::request.request',
  tasks: 'api::task.task',
  'task-updates': 'api::task-update.task-update',
  goals: 'api::goal.goal',
  milestones: 'api::milestone.milestone',
  'progress-reports': 'api::progress-report.progress-report',
  aros: 'api::aro.aro',
  communications: 'api::communication.communication',
  pieces: 'api::piece.piece',
  deliveries: 'api::notification.notification',
  'audit-logs': 'api::audit-log.audit-log',
} as const satisfies Record<BackofficeResource, string>;

const { 'audit-logs': _theLogItself, deliveries: _theOutbox, ...auditedResources } = RESOURCE_CONTENT_TYPES;

/**
 * What the change log records: every write to a back-office resource but the log itself and the
 * deliveries (outbox rows, written by the system), and to
 * login accounts (`accounts`: users-permissions users, not a back-office resource). The CMS's
 * audit trail records exactly these content types, and the back office's change-history filter
 * offers exactly these resources.
 */
export const AUDITED_CONTENT_TYPES = { ...auditedResources, accounts: 'plugin::users-permissions.user' } as const;
export type AuditedResource = keyof typeof AUDITED_CONTENT_TYPES;
export const AUDITED_RESOURCES = Object.keys(AUDITED_CONTENT_TYPES) as AuditedResource[];

const AUDITED_UIDS: ReadonlySet<string> = new Set(Object.values(AUDITED_CONTENT_TYPES));

/** Whether writes to a content type (`api::goal.goal`) go into the change log. */
export const isAuditedContentType = (uid: unknown): boolean => typeof uid === 'string' && AUDITED_UIDS.has(uid);

/** The content type of an audited resource named by a client, or undefined (own keys only). */
export const auditedContentTypeOf = (resource: unknown): string | undefined =>
  typeof resource === 'string' ? own<string>(AUDITED_CONTENT_TYPES, resource) : undefined;

/** The audited resource a content type stands for, or undefined. */
export const auditedResourceOf = (contentType: unknown): AuditedResource | undefined =>
  AUDITED_RESOURCES.find((resource) => AUDITED_CONTENT_TYPES[resource] === contentType);
