/**
 * The route inventory (issue 7): every route the CMS mounts, who may call it and why, one line
 * each. `route-inventory.test.ts` boots the CMS, lists what is really mounted, and calls every
 * route anonymously and as each role: a route without a line here, or a line for a route no
 * longer mounted, fails the suite; so does an answer of the wrong class.
 *
 * A key is `METHOD path` exactly as the router mounts it (`ALL` for a route on every method).
 * The access classes:
 * - `open`: 2xx for everyone, anonymous or logged in.
 * - `site`: Strapi's content API the public site reads: 2xx anonymous; 403 with any back-office
 *   token (staff use /api/backoffice).
 * - `auth`: 401 anonymous; 2xx for every role.
 * - `matrix(rule)`: 401 anonymous; 2xx for the roles the rule (built from config's matrix) allows,
 *   403 for the others.
 * - `checked`: 401 anonymous; 400 for every role: every role reaches the route, and the probe's
 *   body is one its own check refuses, so the call changes nothing (a wrong current password).
 * - `closed`: never 2xx for anyone: 401, 403, 404 or 405.
 * - `files`: static files, 2xx or 404 for everyone.
 * - `app`: the back office's page, 200 for everyone (503 while admin-ui is not built).
 * Options: `probe` is the path called (`{name}` is a fixture the test fills in, `{name@}` the
 * fixture of the calling role; without a probe every `:param` becomes `{param}`), `absent` a path
 * that must be refused to everyone (a private record, a made-up secret), `body` what is sent,
`headers` extra request headers (the browser's anti-forgery header).
 */
import { can, DEFAULT_APPROVER_ROLES, type Action, type BackofficeResource, type Role } from '@sigobito/config';

export type Caller = Role | 'anonymous';
export type Access = 'open' | 'site' | 'auth' | 'checked' | 'matrix' | 'closed' | 'files' | 'app';

/** Who may, among the roles, for `matrix` routes: a predicate with a readable label. */
export type RoleRule = { label: string; test: (role: Role) => boolean };

/** What the test hands to probes and bodies: ids from the demo and records made for the purpose. */
export type Fixtures = {
  ids: Record<string, string>;
  /** The caller's own login (anonymous uses the staff member's). */
  credentials: (caller: Caller) => { identifier: string; password: string };
  /** A complete citizen request form, with a form token shown a minute ago; resets the per-address limit first. */
  citizenForm: () => Record<string, unknown>;
};

export type Entry = {
  access: Access;
  why: string;
  rule?: RoleRule;
  probe?: string;
  absent?: string;
  body?: (f: Fixtures, caller: Caller) => unknown;
  headers?: Record<string, string>;
  /** Sent as a multipart upload of a one-pixel PNG. */
  upload?: boolean;
  /** Called after every other route (it changes what the others see when it is open). */
  last?: boolean;
};

type Options = Omit<Entry, 'access' | 'why' | 'rule'>;
const entry = (access: Access) => (why: string, opts: Options = {}): Entry => ({ access, why, ...opts });
export const open = entry('open');
export const site = entry('site');
export const auth = entry('auth');
export const checked = entry('checked');
export const closed = entry('closed');
export const files = entry('files');
export const app = entry('app');
export const matrix = (rule: RoleRule, why: string, opts: Options = {}): Entry => ({ access: 'matrix', rule, why, ...opts });

/** The roles config's matrix lets do `action` on `resource`. */
export const may = (resource: BackofficeResource, action: Action): RoleRule => ({ label: `${action} ${resource}`, test: (role) => can(role, resource, action) });
export const allOf = (...rules: RoleRule[]): RoleRule => ({ label: rules.map((r) => r.label).join(' and '), test: (role) => rules.every((r) => r.test(role)) });
export const anyOf = (...rules: RoleRule[]): RoleRule => ({ label: rules.map((r) => r.label).join(' or '), test: (role) => rules.some((r) => r.test(role)) });
export const except = (rule: RoleRule, ...roles: Role[]): RoleRule => ({ label: `${rule.label}, not ${roles.join(', ')}`, test: (role) => !roles.includes(role) && rule.test(role) });

const ADMIN = "Strapi's admin API: the admin panel is not part of the product; closed to everyone, in any mode (issue 7, finding 1)";
const CONTENT_MANAGER = `${ADMIN}; with an admin token it reads and writes every record, private ones included`;
const TYPE_BUILDER = `${ADMIN}; it changes the data model`;
const EMAIL_ADMIN = `${ADMIN}; e-mail goes out through the CMS's own notifications`;
const UPLOAD_ADMIN = `${ADMIN}; files go in through POST /api/backoffice/uploads`;
const I18N_ADMIN = `${ADMIN}; the product has one language`;
const UP_ADMIN = `${ADMIN}; roles and permissions come from config's matrix, synced at boot`;
const UP_API = 'users-permissions content API: the back office uses /api/backoffice (admin-ui/src), the site never logs in';
const NO_WRITE = 'Strapi content API: nobody writes through it (staff write through /api/backoffice)';
const PLUGIN_API = 'Strapi plugin content API: not used by the back office nor the site';

const citizenRequest = (f: Fixtures) => f.citizenForm();
/** The communication reports count every communication: not for who reads only the published ones. */
const READS_ALL_COMMUNICATIONS = except(may('communications', 'read'), 'goal-manager', 'staff');
/** Who writes a record that carries files (milestones, reports, ARO, the settings' logo) may upload. */
const WRITES_FILES = anyOf(...(['milestones', 'progress-reports', 'aros', 'settings', 'pieces'] as const).flatMap((r) => [may(r, 'create'), may(r, 'update')]));

/** The roles that approve communications while the settings name none (the tests keep the default). */
const APPROVERS: RoleRule = { label: `an approver role (${DEFAULT_APPROVER_ROLES.join(', ')} by default)`, test: (role) => DEFAULT_APPROVER_ROLES.includes(role) };
/** Press's own calls on published news: who writes communications and pieces. */
const PRESS = allOf(may('communications', 'update'), may('pieces', 'update'));

export const ROUTES: Record<string, Entry> = {
  // Infrastructure and files
  'ALL /_health': open("Strapi's health check for the proxy: 204, no data", { probe: '/_health' }),
  'GET /': closed("the bare root: nothing is served there (Strapi's redirect to its admin is closed at the edge)"),
  'GET /((?!uploads/).+)': files("Strapi's static files (cms/public): nothing there but uploads", { probe: '/robots.txt' }),
  'GET /uploads/(.*)': open('uploaded files: only at the signed address the back-office API hands out; the bare address is refused', {
    probe: '{signedUpload}',
    absent: '{bareUpload}',
  }),

  // The back-office API: authentication and the role × resource matrix (config/src/contracts/permissions.ts)
  'GET /api/backoffice/me': auth('who is logged in, with their permissions (builds the menu)'),
  'POST /api/backoffice/me/calendar-token': auth("a new secret address for the caller's own agenda feed"),
  'GET /api/backoffice/me/notifications': auth("the caller's own e-mail switches"),
  'POST /api/backoffice/session': open('the browser login: sets the httpOnly session cookie; anyone may try, with a brake', {
    body: (f, caller) => f.credentials(caller),
    headers: { 'X-Requested-With': 'sigobito' },
  }),
  'PUT /api/backoffice/me/password': checked('the caller changes their own password, the current one required (probe: a wrong current password)', {
    body: () => ({ currentPassword: 'not-the-password', password: 'inventario-nueva-12345' }),
  }),
  'DELETE /api/backoffice/session': auth('logout: ends every session of the caller', { last: true }),
  'PUT /api/backoffice/me/notifications': auth("the caller's own e-mail switches", { body: () => ({ weeklyDigest: true }) }),
  'POST /api/backoffice/uploads': matrix(WRITES_FILES, 'files for the records that carry them (evidence, attachments, logo, the images of a piece)', { upload: true }),
  'POST /api/backoffice/members/:id/deactivate': matrix(may('members', 'update'), 'deactivates a member, handing their open work over', {
    probe: '/api/backoffice/members/{memberToDeactivate@}/deactivate',
    body: (f) => ({ handoverTo: f.ids.handoverMember }),
  }),
  'GET /api/backoffice/actors/:id/story': matrix(may('actors', 'read'), "an actor's story: what every module links to it, each resource read with its own scope for the caller", {
    probe: '/api/backoffice/actors/{actor}/story',
  }),
  'GET /api/backoffice/themes/:id/story': matrix(may('themes', 'read'), "a theme's story, as the caller may read it", { probe: '/api/backoffice/themes/{theme}/story' }),
  'GET /api/backoffice/places/:id/story': matrix(may('places', 'read'), "a place's story, as the caller may read it", { probe: '/api/backoffice/places/{place}/story' }),
  'GET /api/backoffice/implementation-guide': matrix(may('members', 'update'), "the implementation guide: the method's stages against the real counts (who sets the municipality up)"),
  'POST /api/backoffice/members/:id/reactivate': matrix(may('members', 'update'), 'lets a deactivated member back in', { probe: '/api/backoffice/members/{memberToReactivate@}/reactivate' }),
  'POST /api/backoffice/requests/:id/transition': matrix(may('requests', 'update'), "moves a request along its workflow (a request per caller: each one's first move)", {
    probe: '/api/backoffice/requests/{request@}/transition',
    body: () => ({ to: 'in_review' }),
  }),
  'POST /api/backoffice/aros/:id/escalate': matrix(except(allOf(may('aros', 'update'), may('tasks', 'create')), 'goal-manager'), "turns a restriction into the agenda team's task", {
    probe: '/api/backoffice/aros/{restriction}/escalate',
    body: (f) => ({ responsible: f.ids.staffMember }),
  }),
  'POST /api/backoffice/communications/:id/transition': matrix(
    anyOf(may('communications', 'update'), APPROVERS),
    "a communication's workflow move, checked against the caller's role (probe: one in review per caller, sent back to preparation)",
    { probe: '/api/backoffice/communications/{communicationInReview@}/transition', body: () => ({ to: 'in_preparation' }) },
  ),
  'POST /api/backoffice/pieces/:id/publish': matrix(may('pieces', 'update'), "publishes an approved piece through the outbox (probe: an X piece; its delivery waits for X's adapter)", {
    probe: '/api/backoffice/pieces/{approvedPiece}/publish',
  }),
  'POST /api/backoffice/communications/:id/withdraw': matrix(PRESS, 'withdraws published news, with its reason (the page stays, saying so)', {
    probe: '/api/backoffice/communications/{newsToWithdraw}/withdraw',
    body: () => ({ reason: 'Retirada por el inventario de rutas' }),
  }),
  'POST /api/backoffice/communications/:id/correct': matrix(PRESS, 'corrects published web news with a dated note', {
    probe: '/api/backoffice/communications/{newsToCorrect}/correct',
    body: () => ({ note: 'Corregida por el inventario de rutas' }),
  }),
  'POST /api/backoffice/deliveries/:id/retry': matrix(allOf(may('deliveries', 'read'), may('pieces', 'update')), 'sends a failed delivery again, from scratch', {
    probe: '/api/backoffice/deliveries/{failedDelivery}/retry',
  }),
  'GET /api/backoffice/dashboard': matrix(may('goals', 'read'), 'the goals dashboard'),
  'GET /api/backoffice/reports/goals': matrix(may('goals', 'read'), 'the consolidated goals report'),
  'GET /api/backoffice/channels': matrix(may('deliveries', 'read'), 'the Canales panel: each channel configured or paused, its last success and last error'),
  'GET /api/backoffice/reports/quality': matrix(may('goals', 'read'), 'the data quality report'),
  'GET /api/backoffice/reports/communications': matrix(READS_ALL_COMMUNICATIONS, 'communications by month, theme, place and status (?from=&to=)'),
  'GET /api/backoffice/reports/communications.csv': matrix(READS_ALL_COMMUNICATIONS, 'the communications report as CSV'),
  'GET /api/backoffice/reports/untold': matrix(allOf(READS_ALL_COMMUNICATIONS, may('goals', 'read'), may('milestones', 'read')), 'completed goals and done milestones no communication tells'),
  'POST /api/backoffice/imports/:resource': matrix(allOf(may('actors', 'create'), may('actors', 'update')), 'catalog CSV import (probe: actors, a dry run)', {
    probe: '/api/backoffice/imports/actors',
    body: () => ({ csv: 'name,kind\nActor del inventario,person\n', dryRun: true }),
  }),
  // The generic resource routes: every resource × action is in permission-matrix.test.ts; here actors stands for them.
  'GET /api/backoffice/:resource': matrix(may('actors', 'read'), 'getList (probe: actors)', { probe: '/api/backoffice/actors' }),
  'GET /api/backoffice/:resource/:id': matrix(may('actors', 'read'), 'getOne (probe: actors)', { probe: '/api/backoffice/actors/{actor}' }),
  'POST /api/backoffice/:resource': matrix(may('actors', 'create'), 'create (probe: actors)', {
    probe: '/api/backoffice/actors',
    body: (_f, caller) => ({ name: `Actor del inventario (${caller})`, kind: 'person' }),
  }),
  'PUT /api/backoffice/:resource/:id': matrix(may('actors', 'update'), 'update (probe: actors)', { probe: '/api/backoffice/actors/{actor}', body: (_f, caller) => ({ notes: `Revisado por ${caller}` }) }),
  'DELETE /api/backoffice/:resource/:id': matrix(may('actors', 'delete'), 'delete (probe: actors, a record made for it)', { probe: '/api/backoffice/actors/{actorToDelete}' }),

  // The public API: no login, only public data
  'GET /api/public/site': open("the settings the public site shows (no rules, no approvers), the themes and the places"),
  'GET /api/public/agenda.ics': open('the public agenda as iCal'),
  'GET /api/public/agenda': open('the public agenda, of a theme or a place with what lies beneath it', { probe: '/api/public/agenda?place=D-SANISIDRO' }),
  'GET /api/public/agenda/:id': open('one public activity; a private one does not exist here', { probe: '/api/public/agenda/{publicActivity}', absent: '/api/public/agenda/{privateActivity}' }),
  'GET /api/public/requests/form-token': open('the signed time the request form was shown'),
  'POST /api/public/requests': open("a citizen's audience or invitation request", { probe: '/api/public/requests', body: citizenRequest }),
  'GET /api/public/requests/:code': open('the status of a request, by the tracking code given to the citizen', { probe: '/api/public/requests/{trackingCode}', absent: '/api/public/requests/ZZZZZZZZZZ' }),
  'GET /api/calendar/:file': open("a member's agenda feed: the secret address is the key (phones cannot log in)", { probe: '/api/calendar/{calendarFile}', absent: '/api/calendar/{forgedCalendarFile}' }),
  'GET /api/public/goals': open('public goals'),
  'GET /api/public/goals/:id': open('one public goal; a non-public one does not exist here', { probe: '/api/public/goals/{publicGoal}', absent: '/api/public/goals/{privateGoal}' }),
  'GET /api/public/proximity/:kind/:code': open('public goals and agenda near a theme or place', { probe: '/api/public/proximity/themes/{themeCode}' }),
  'GET /api/public/open-data/:file': open('open data: every file of the catalogue (public goals, milestones, progress reports, the public agenda, news, themes, places and places.geojson), of a theme or a place with what lies beneath it', {
    probe: '/api/public/open-data/agenda.csv?place=D-SANISIDRO',
    absent: '/api/public/open-data/members.csv',
  }),
  'GET /api/public/actors/:code': open("an institution's or a group's public page (public activities, goals, news; no contact data); a person does not exist here", {
    probe: '/api/public/actors/{groupActorCode}',
    absent: '/api/public/actors/{personActorCode}',
  }),
  'GET /api/public/news': open('public news, newest first, of a theme, a place or a public goal'),
  'GET /api/public/news/:slug': open('one news item (a withdrawn one: its notice); a draft or a piece not yet due does not exist here', {
    probe: '/api/public/news/{publicNews}',
    absent: '/api/public/news/{draftNews}',
  }),
  'GET /api/public/news/:slug/images/:n': open("an image of a public news item (the site relays it); a withdrawn item's images are gone", {
    probe: '/api/public/news/{publicNews}/images/1',
    absent: '/api/public/news/{withdrawnNews}/images/1',
  }),

  // Strapi's content API of our types: the public site reads themes, places and the settings
  'GET /api/themes': site('the public site lists themes'),
  'GET /api/themes/:id': site('the public site shows a theme', { probe: '/api/themes/{theme}' }),
  'POST /api/themes': closed(NO_WRITE),
  'PUT /api/themes/:id': closed(NO_WRITE, { probe: '/api/themes/{theme}' }),
  'DELETE /api/themes/:id': closed(NO_WRITE, { probe: '/api/themes/{theme}' }),
  'GET /api/places': site('the public site lists places'),
  'GET /api/places/:id': site('the public site shows a place', { probe: '/api/places/{place}' }),
  'POST /api/places': closed(NO_WRITE),
  'PUT /api/places/:id': closed(NO_WRITE, { probe: '/api/places/{place}' }),
  'DELETE /api/places/:id': closed(NO_WRITE, { probe: '/api/places/{place}' }),
  'GET /api/setting': site("the public site shows the municipality's name and contact"),
  'PUT /api/setting': closed(NO_WRITE),
  'DELETE /api/setting': closed(NO_WRITE),

  // Plugins' content API
  'GET /api/content-type-builder/content-types': closed(PLUGIN_API),
  'GET /api/content-type-builder/content-types/:uid': closed(PLUGIN_API),
  'GET /api/content-type-builder/components': closed(PLUGIN_API),
  'GET /api/content-type-builder/components/:uid': closed(PLUGIN_API),
  'POST /api/email': closed(`${PLUGIN_API}: it would send any e-mail`, { body: () => ({ to: 'intruso@example.org', subject: 'x', text: 'x' }) }),
  'POST /api/upload': closed(`${PLUGIN_API}: files go in through POST /api/backoffice/uploads`, { upload: true }),
  'GET /api/upload/files': closed(PLUGIN_API),
  'GET /api/upload/files/page': closed(PLUGIN_API),
  'GET /api/upload/files/:id': closed(PLUGIN_API, { probe: '/api/upload/files/{uploadId}' }),
  'DELETE /api/upload/files/:id': closed(PLUGIN_API, { probe: '/api/upload/files/{uploadId}' }),
  'GET /api/i18n/locales': closed(PLUGIN_API),

  // users-permissions' content API: only the login is used
  'POST /api/auth/local': open('the login (admin-ui/src/authProvider.ts): anyone may try, with a brake', { body: (f, caller) => f.credentials(caller) }),
  'GET /api/connect/(.*)': closed(`${UP_API}: no OAuth provider is used`, { probe: '/api/connect/github' }),
  'GET /api/auth/:provider/callback': closed('OAuth callbacks: no provider is used; closed at the edge (only POST /api/auth/local passes)', { probe: '/api/auth/github/callback' }),
  'POST /api/auth/local/register': closed(`${UP_API}: no self-registration, the admin creates accounts`, { body: () => ({ username: 'intruso', email: 'intruso@example.org', password: 'Intruso-12345' }) }),
  'POST /api/auth/forgot-password': closed(`${UP_API}: no reset by e-mail, the admin sets a new password`, { body: () => ({ email: 'staff@demo.sigobito.org' }) }),
  'POST /api/auth/reset-password': closed(`${UP_API}: no reset by e-mail`),
  'GET /api/auth/email-confirmation': closed(`${UP_API}: accounts are created confirmed`),
  'POST /api/auth/send-email-confirmation': closed(`${UP_API}: accounts are created confirmed`),
  'POST /api/auth/change-password': closed(`${UP_API}: passwords change through the back-office API`),
  'POST /api/auth/refresh': closed(`${UP_API}: no refresh tokens`),
  'POST /api/auth/logout': closed(`${UP_API}: sessions end through the back-office API`),
  'GET /api/auth/sessions': closed(UP_API),
  'DELETE /api/auth/sessions/:sessionId': closed(UP_API, { probe: '/api/auth/sessions/1' }),
  'GET /api/users/count': closed(`${UP_API}: members are read through /api/backoffice/members`),
  'GET /api/users': closed(`${UP_API}: members are read through /api/backoffice/members`),
  'GET /api/users/me': closed(`${UP_API}: the back office asks /api/backoffice/me`),
  'GET /api/users/:id': closed(UP_API, { probe: '/api/users/{staffUser}' }),
  'POST /api/users': closed(`${UP_API}: the admin creates members through /api/backoffice/members`),
  'PUT /api/users/:id': closed(UP_API, { probe: '/api/users/{staffUser}', body: () => ({ blocked: true }) }),
  'DELETE /api/users/:id': closed(UP_API, { probe: '/api/users/{staffUser}' }),
  'GET /api/users-permissions/roles/:id': closed(UP_API, { probe: '/api/users-permissions/roles/{publicRole}' }),
  'GET /api/users-permissions/roles': closed(UP_API),
  'POST /api/users-permissions/roles': closed(UP_API),
  'PUT /api/users-permissions/roles/:role': closed(UP_API, { probe: '/api/users-permissions/roles/{publicRole}' }),
  'DELETE /api/users-permissions/roles/:role': closed(UP_API, { probe: '/api/users-permissions/roles/{publicRole}' }),
  'GET /api/users-permissions/permissions': closed(UP_API),

  // Strapi's admin API and its plugins' admin routes: closed to everyone (the lead's decision on finding 1)
  // /admin/*
  'GET /admin/init': closed(ADMIN),
  'GET /admin/project-settings': closed(ADMIN),
  'POST /admin/project-settings': closed(ADMIN),
  'GET /admin/project-type': closed(ADMIN),
  'GET /admin/information': closed(ADMIN),
  'GET /admin/telemetry-properties': closed(ADMIN),
  'GET /admin/plugins': closed(ADMIN),
  'GET /admin/license-trial-time-left': closed(ADMIN),
  'GET /admin/guided-tour-meta': closed(ADMIN),
  'POST /admin/login': closed(ADMIN, { body: () => ({ email: 'intruso@example.org', password: 'Intruso-12345' }) }),
  'POST /admin/access-token': closed(ADMIN),
  // Sent with a valid body, last of all: while the hole is open it really creates a super-admin.
  'POST /admin/register-admin': closed(ADMIN, { body: () => ({ email: 'intruso@example.org', password: 'Intruso-12345', firstname: 'In', lastname: 'Truso' }), last: true }),
  'GET /admin/registration-info': closed(ADMIN),
  'POST /admin/register': closed(ADMIN),
  'POST /admin/forgot-password': closed(ADMIN),
  'POST /admin/reset-password': closed(ADMIN),
  'POST /admin/logout': closed(ADMIN),
  'GET /admin/permissions': closed(ADMIN),
  'POST /admin/permissions/check': closed(ADMIN),
  'GET /admin/users/me': closed(ADMIN),
  'PUT /admin/users/me': closed(ADMIN),
  'GET /admin/users/me/permissions': closed(ADMIN),
  'GET /admin/users/me/sessions': closed(ADMIN),
  'DELETE /admin/users/me/sessions': closed(ADMIN),
  'DELETE /admin/users/me/sessions/:sessionId': closed(ADMIN),
  'POST /admin/users': closed(ADMIN),
  'GET /admin/users': closed(ADMIN),
  'GET /admin/users/:id': closed(ADMIN),
  'PUT /admin/users/:id': closed(ADMIN),
  'DELETE /admin/users/:id': closed(ADMIN),
  'POST /admin/users/batch-delete': closed(ADMIN),
  'GET /admin/roles/:id/permissions': closed(ADMIN),
  'PUT /admin/roles/:id/permissions': closed(ADMIN),
  'GET /admin/roles/:id': closed(ADMIN),
  'GET /admin/roles': closed(ADMIN),
  'POST /admin/roles': closed(ADMIN),
  'PUT /admin/roles/:id': closed(ADMIN),
  'DELETE /admin/roles/:id': closed(ADMIN),
  'POST /admin/roles/batch-delete': closed(ADMIN),
  'GET /admin/webhooks': closed(ADMIN),
  'POST /admin/webhooks': closed(ADMIN),
  'GET /admin/webhooks/:id': closed(ADMIN),
  'PUT /admin/webhooks/:id': closed(ADMIN),
  'DELETE /admin/webhooks/:id': closed(ADMIN),
  'POST /admin/webhooks/batch-delete': closed(ADMIN),
  'POST /admin/webhooks/:id/trigger': closed(ADMIN),
  'POST /admin/api-tokens': closed(ADMIN),
  'GET /admin/api-tokens': closed(ADMIN),
  'DELETE /admin/api-tokens/:id': closed(ADMIN),
  'GET /admin/api-tokens/:id': closed(ADMIN),
  'PUT /admin/api-tokens/:id': closed(ADMIN),
  'POST /admin/api-tokens/:id/regenerate': closed(ADMIN),
  'POST /admin/admin-tokens': closed(ADMIN),
  'GET /admin/admin-tokens': closed(ADMIN),
  'DELETE /admin/admin-tokens/:id': closed(ADMIN),
  'GET /admin/admin-tokens/:id': closed(ADMIN),
  'PUT /admin/admin-tokens/:id': closed(ADMIN),
  'POST /admin/admin-tokens/:id/regenerate': closed(ADMIN),
  'GET /admin/admin-tokens/:id/owner-permissions': closed(ADMIN),
  'GET /admin/content-api/permissions': closed(ADMIN),
  'GET /admin/content-api/routes': closed(ADMIN),
  'GET /admin/transfer/runner/push': closed(ADMIN),
  'GET /admin/transfer/runner/pull': closed(ADMIN),
  'POST /admin/transfer/tokens': closed(ADMIN),
  'GET /admin/transfer/tokens': closed(ADMIN),
  'DELETE /admin/transfer/tokens/:id': closed(ADMIN),
  'GET /admin/transfer/tokens/:id': closed(ADMIN),
  'PUT /admin/transfer/tokens/:id': closed(ADMIN),
  'POST /admin/transfer/tokens/:id/regenerate': closed(ADMIN),
  'GET /admin/homepage/key-statistics': closed(ADMIN),
  'GET /admin/homepage/layout': closed(ADMIN),
  'PUT /admin/homepage/layout': closed(ADMIN),
  'GET /admin/ai-usage': closed(ADMIN),
  'GET /admin/ai-token': closed(ADMIN),
  'GET /admin/ai-feature-config': closed(ADMIN),

  // /content-manager/*
  'GET /content-manager/init': closed(CONTENT_MANAGER),
  'GET /content-manager/content-types': closed(CONTENT_MANAGER),
  'GET /content-manager/content-types-settings': closed(CONTENT_MANAGER),
  'GET /content-manager/content-types/:uid/configuration': closed(CONTENT_MANAGER),
  'PUT /content-manager/content-types/:uid/configuration': closed(CONTENT_MANAGER),
  'GET /content-manager/components': closed(CONTENT_MANAGER),
  'GET /content-manager/components/:uid/configuration': closed(CONTENT_MANAGER),
  'PUT /content-manager/components/:uid/configuration': closed(CONTENT_MANAGER),
  'POST /content-manager/uid/generate': closed(CONTENT_MANAGER),
  'POST /content-manager/uid/check-availability': closed(CONTENT_MANAGER),
  'GET /content-manager/relations/:model/:targetField': closed(CONTENT_MANAGER),
  'GET /content-manager/relations/:model/:id/:targetField': closed(CONTENT_MANAGER),
  'GET /content-manager/single-types/:model': closed(CONTENT_MANAGER),
  'PUT /content-manager/single-types/:model': closed(CONTENT_MANAGER),
  'DELETE /content-manager/single-types/:model': closed(CONTENT_MANAGER),
  'POST /content-manager/single-types/:model/actions/publish': closed(CONTENT_MANAGER),
  'POST /content-manager/single-types/:model/actions/unpublish': closed(CONTENT_MANAGER),
  'POST /content-manager/single-types/:model/actions/discard': closed(CONTENT_MANAGER),
  'GET /content-manager/single-types/:model/actions/countDraftRelations': closed(CONTENT_MANAGER),
  'GET /content-manager/collection-types/:model': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/clone/:sourceId': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/auto-clone/:sourceId': closed(CONTENT_MANAGER),
  'GET /content-manager/collection-types/:model/:id': closed(CONTENT_MANAGER),
  'PUT /content-manager/collection-types/:model/:id': closed(CONTENT_MANAGER),
  'DELETE /content-manager/collection-types/:model/:id': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/actions/publish': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/:id/actions/publish': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/:id/actions/unpublish': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/:id/actions/discard': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/actions/bulkDelete': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/actions/bulkFindForValidation': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/actions/bulkPublish': closed(CONTENT_MANAGER),
  'POST /content-manager/collection-types/:model/actions/bulkUnpublish': closed(CONTENT_MANAGER),
  'GET /content-manager/collection-types/:model/:id/actions/countDraftRelations': closed(CONTENT_MANAGER),
  'GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations': closed(CONTENT_MANAGER),
  'GET /content-manager/preview/url/:contentType': closed(CONTENT_MANAGER),
  'GET /content-manager/preview/script': closed(CONTENT_MANAGER),
  'GET /content-manager/homepage/recent-documents': closed(CONTENT_MANAGER),
  'GET /content-manager/homepage/count-documents': closed(CONTENT_MANAGER),

  // /content-type-builder/*
  'GET /content-type-builder/reserved-names': closed(TYPE_BUILDER),
  'GET /content-type-builder/content-types': closed(TYPE_BUILDER),
  'GET /content-type-builder/content-types/:uid': closed(TYPE_BUILDER),
  'POST /content-type-builder/content-types': closed(TYPE_BUILDER),
  'PUT /content-type-builder/content-types/:uid': closed(TYPE_BUILDER),
  'DELETE /content-type-builder/content-types/:uid': closed(TYPE_BUILDER),
  'GET /content-type-builder/components': closed(TYPE_BUILDER),
  'GET /content-type-builder/components/:uid': closed(TYPE_BUILDER),
  'POST /content-type-builder/components': closed(TYPE_BUILDER),
  'PUT /content-type-builder/components/:uid': closed(TYPE_BUILDER),
  'DELETE /content-type-builder/components/:uid': closed(TYPE_BUILDER),
  'PUT /content-type-builder/component-categories/:name': closed(TYPE_BUILDER),
  'DELETE /content-type-builder/component-categories/:name': closed(TYPE_BUILDER),
  'GET /content-type-builder/schema': closed(TYPE_BUILDER),
  'POST /content-type-builder/update-schema': closed(TYPE_BUILDER),
  'GET /content-type-builder/update-schema-status': closed(TYPE_BUILDER),

  // /email/*
  'POST /email': closed(EMAIL_ADMIN),
  'POST /email/test': closed(EMAIL_ADMIN),
  'GET /email/settings': closed(EMAIL_ADMIN),
  'POST /email/verify': closed(EMAIL_ADMIN),

  // /upload/*
  'GET /upload/settings': closed(UPLOAD_ADMIN),
  'PUT /upload/settings': closed(UPLOAD_ADMIN),
  'POST /upload': closed(UPLOAD_ADMIN),
  'POST /upload/actions/upload-from-urls': closed(UPLOAD_ADMIN),
  'GET /upload/files': closed(UPLOAD_ADMIN),
  'POST /upload/files': closed(UPLOAD_ADMIN),
  'GET /upload/files/:id': closed(UPLOAD_ADMIN),
  'PUT /upload/files/:id': closed(UPLOAD_ADMIN),
  'POST /upload/files/:id/replace': closed(UPLOAD_ADMIN),
  'DELETE /upload/files/:id': closed(UPLOAD_ADMIN),
  'GET /upload/folders/:id': closed(UPLOAD_ADMIN),
  'GET /upload/folders': closed(UPLOAD_ADMIN),
  'POST /upload/folders': closed(UPLOAD_ADMIN),
  'PUT /upload/folders/:id': closed(UPLOAD_ADMIN),
  'GET /upload/folder-structure': closed(UPLOAD_ADMIN),
  'POST /upload/actions/bulk-delete': closed(UPLOAD_ADMIN),
  'POST /upload/actions/bulk-move': closed(UPLOAD_ADMIN),
  'POST /upload/actions/bulk-update': closed(UPLOAD_ADMIN),
  'POST /upload/actions/generate-ai-metadata': closed(UPLOAD_ADMIN),
  'POST /upload/ai-metadata-jobs': closed(UPLOAD_ADMIN),
  'GET /upload/ai-metadata-jobs/latest': closed(UPLOAD_ADMIN),
  'GET /upload/ai-metadata-jobs/pending-count': closed(UPLOAD_ADMIN),
  'GET /upload/configuration': closed(UPLOAD_ADMIN),
  'PUT /upload/configuration': closed(UPLOAD_ADMIN),

  // /i18n/*
  'GET /i18n/iso-locales': closed(I18N_ADMIN),
  'GET /i18n/locales': closed(I18N_ADMIN),
  'POST /i18n/locales': closed(I18N_ADMIN),
  'PUT /i18n/locales/:id': closed(I18N_ADMIN),
  'DELETE /i18n/locales/:id': closed(I18N_ADMIN),
  'POST /i18n/content-manager/actions/get-non-localized-fields': closed(I18N_ADMIN),
  'GET /i18n/content-manager/get-fill-from-locale/:model': closed(I18N_ADMIN),
  'GET /i18n/settings': closed(I18N_ADMIN),
  'PUT /i18n/settings': closed(I18N_ADMIN),
  'GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId': closed(I18N_ADMIN),
  'GET /i18n/ai-localization-jobs/single-types/:contentType': closed(I18N_ADMIN),

  // /users-permissions/*
  'GET /users-permissions/roles/:id': closed(UP_ADMIN),
  'GET /users-permissions/roles': closed(UP_ADMIN),
  'POST /users-permissions/roles': closed(UP_ADMIN),
  'PUT /users-permissions/roles/:role': closed(UP_ADMIN),
  'DELETE /users-permissions/roles/:role': closed(UP_ADMIN),
  'GET /users-permissions/email-templates': closed(UP_ADMIN),
  'PUT /users-permissions/email-templates': closed(UP_ADMIN),
  'GET /users-permissions/advanced': closed(UP_ADMIN),
  'PUT /users-permissions/advanced': closed(UP_ADMIN),
  'GET /users-permissions/providers': closed(UP_ADMIN),
  'PUT /users-permissions/providers': closed(UP_ADMIN),
  'GET /users-permissions/permissions': closed(UP_ADMIN),
  'GET /users-permissions/policies': closed(UP_ADMIN),
  'GET /users-permissions/routes': closed(UP_ADMIN),
};

/** Paths a middleware answers before the router (so not in its list): checked the same way. */
export const SERVED: Record<string, Entry> = {
  'GET /favicon.ico': files("the browser's icon: the municipality's, or a 404 (issue 7, finding 8: a 500 today)"),
  'GET /backoffice/': app('the back office itself (admin-ui/dist); everything it shows comes from the API, behind the login'),
};
