import type { Locale } from './labels';

/**
 * The role x resource permission matrix: the one reviewable place that says which role may
 * do what. The CMS syncs users-permissions roles from it at boot, the back-office API checks
 * every call against it, and the back office builds each role's menu from it (via /me).
 *
 * Letters: r = read (list, show), c = create, u = update, d = delete. Record-level rules
 * (e.g. private agenda items, "only my tasks") are declared by each resource in the CMS on
 * top of this matrix: a role must first be allowed here.
 */

export const ROLES = ['mayor', 'agenda', 'goal-manager', 'follow-up', 'press', 'admin', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLE_LABELS: Record<Role, Record<Locale, string>> = {
  mayor: { es: 'Titular (alcalde/sa)', en: 'Mayor' },
  agenda: { es: 'Responsable de agenda', en: 'Agenda officer' },
  'goal-manager': { es: 'Gerente de meta', en: 'Goal manager' },
  'follow-up': { es: 'Responsable del seguimiento', en: 'Follow-up officer' },
  press: { es: 'Prensa', en: 'Press' },
  admin: { es: 'Administrador', en: 'Administrator' },
  staff: { es: 'Miembro de la red', en: 'Staff member' },
};

type Row = Record<Role, string>;

const READ_ALL: Row = { mayor: 'r', agenda: 'r', 'goal-manager': 'r', 'follow-up': 'r', press: 'r', admin: 'rcud', staff: 'r' };

export const BACKOFFICE_MATRIX = {
  // Estructura
  actors: { mayor: 'r', agenda: 'rcu', 'goal-manager': 'r', 'follow-up': 'r', press: 'r', admin: 'rcud', staff: '' },
  themes: READ_ALL,
  places: READ_ALL,
  areas: READ_ALL,
  positions: READ_ALL,
  // The mayor writes members too: only the mayor grants the roles that open the private agenda
  // (mayor, agenda) and changes the accounts of who holds them (role-grants.ts).
  members: { mayor: 'rcu', agenda: 'r', 'goal-manager': 'r', 'follow-up': 'r', press: 'r', admin: 'rcu', staff: 'r' },
  settings: { mayor: 'r', agenda: 'r', 'goal-manager': 'r', 'follow-up': 'r', press: 'r', admin: 'ru', staff: 'r' },
  // Agenda. Private activities are further limited to mayor and agenda (record level, in the
  // CMS); tasks of staff, goal managers and press are limited to those assigned to them.
  activities: { mayor: 'rcu', agenda: 'rcud', 'goal-manager': 'r', 'follow-up': 'r', press: 'r', admin: 'r', staff: 'r' },
  // Requests carry the requester's contact data: only who handles them reads them.
  requests: { mayor: 'ru', agenda: 'rcud', 'goal-manager': '', 'follow-up': '', press: '', admin: 'r', staff: '' },
  tasks: { mayor: 'rcu', agenda: 'rcud', 'goal-manager': 'ru', 'follow-up': 'rcu', press: 'ru', admin: 'r', staff: 'ru' },
  'task-updates': { mayor: 'rc', agenda: 'rcd', 'goal-manager': 'rc', 'follow-up': 'rc', press: 'rc', admin: 'r', staff: 'rc' },
  // Metas. Goal managers write only the milestones, reports and ARO of goals they manage
  // (record level, in the CMS); press reads only public goals.
  goals: { mayor: 'r', agenda: 'r', 'goal-manager': 'ru', 'follow-up': 'rcu', press: 'r', admin: 'rd', staff: '' },
  milestones: { mayor: 'r', agenda: 'r', 'goal-manager': 'rcud', 'follow-up': 'rcud', press: 'r', admin: 'r', staff: '' },
  'progress-reports': { mayor: 'r', agenda: 'r', 'goal-manager': 'rcu', 'follow-up': 'rcud', press: 'r', admin: 'r', staff: '' },
  aros: { mayor: 'r', agenda: 'r', 'goal-manager': 'rcu', 'follow-up': 'rcu', press: '', admin: 'r', staff: '' },
  // Comunicación. Press prepares and publishes; the mayor (the approver roles of the settings)
  // approves; agenda and follow-up propose (create as `identified`); goal managers and staff read
  // only what is published (record level, in the CMS). Deliveries are the outbox rows of the
  // pieces: written by the system only, retried by press.
  communications: { mayor: 'r', agenda: 'rc', 'goal-manager': 'r', 'follow-up': 'rc', press: 'rcud', admin: 'r', staff: 'r' },
  pieces: { mayor: 'r', agenda: 'r', 'goal-manager': 'r', 'follow-up': 'r', press: 'rcud', admin: 'r', staff: 'r' },
  deliveries: { mayor: 'r', agenda: '', 'goal-manager': '', 'follow-up': '', press: 'r', admin: 'r', staff: '' },
  // The change log is written only by the system; a record's history is readable by whoever
  // may read the record, the whole log only by admin and mayor.
  'audit-logs': { mayor: 'r', agenda: '', 'goal-manager': '', 'follow-up': '', press: '', admin: 'r', staff: '' },
} as const satisfies Record<string, Row>;

export type BackofficeResource = keyof typeof BACKOFFICE_MATRIX;
export const BACKOFFICE_RESOURCES = Object.keys(BACKOFFICE_MATRIX) as BackofficeResource[];

const LETTER: Record<Action, string> = { read: 'r', create: 'c', update: 'u', delete: 'd' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Own keys only: a resource, role or action named "constructor" or "toString" may do nothing. */
export function can(role: Role, resource: BackofficeResource, action: Action): boolean {
  if (!Object.hasOwn(BACKOFFICE_MATRIX, resource) || !Object.hasOwn(LETTER, action)) return false;
  const row: Row = BACKOFFICE_MATRIX[resource];
  return Object.hasOwn(row, role) && row[role].includes(LETTER[action]);
}

/** What one role may do, resource by resource (what `/api/backoffice/me` returns). */
export function permissionsOf(role: Role): Record<BackofficeResource, Action[]> {
  return Object.fromEntries(
    BACKOFFICE_RESOURCES.map((r) => [r, ACTIONS.filter((a) => can(role, r, a))]),
  ) as Record<BackofficeResource, Action[]>;
}

/**
 * Strapi's own content API (users-permissions permission rows). The back office does not use
 * it: it talks to /api/backoffice (its "me" is /api/backoffice/me). Every role keeps only the
 * login (`auth.callback`, the action of POST /api/auth/local); the public role gets read access
 * to what the public site shows. No OAuth (`auth.connect`). Anything not listed is removed at
 * boot. The route inventory (tests/security) checks the outcome route by route.
 */
const SESSION_ACTIONS = ['plugin::users-permissions.auth.callback'] as const;

export const CONTENT_API_MATRIX: Record<Role | 'public' | 'authenticated', readonly string[]> = {
  public: [
    'plugin::users-permissions.auth.callback',
    'api::theme.theme.find',
    'api::theme.theme.findOne',
    'api::place.place.find',
    'api::place.place.findOne',
    'api::setting.setting.find',
  ],
  authenticated: SESSION_ACTIONS,
  mayor: SESSION_ACTIONS,
  agenda: SESSION_ACTIONS,
  'goal-manager': SESSION_ACTIONS,
  'follow-up': SESSION_ACTIONS,
  press: SESSION_ACTIONS,
  admin: SESSION_ACTIONS,
  staff: SESSION_ACTIONS,
};
