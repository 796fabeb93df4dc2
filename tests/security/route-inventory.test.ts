import fs from 'node:fs';
import path from 'node:path';
import { ROLES, repoRoot } from '@sigobito/config';
import { startApp, DEMO_PASSWORD, type TestApp } from '../integration/helpers/app';
import { CMS_DIST } from '../../scripts/lib/cms';
import { comms } from '../integration/helpers/communication-flow';
import { ROUTES, SERVED, type Caller, type Entry, type Fixtures } from './route-inventory';
import { makeNews } from '../integration/helpers/news';

/*
 * The route inventory (issue 7): every route the CMS mounts is in the table of
 * route-inventory.ts, and answers each caller (anonymous and the seven roles) as its line says.
 */

const CALLERS: Caller[] = ['anonymous', ...ROLES];
const TABLE = 'tests/security/route-inventory.ts';
// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const BACKOFFICE_BUILT = fs.existsSync(path.join(repoRoot, 'admin-ui', 'dist', 'index.html'));

let app: TestApp;
let fixtures: Fixtures;

/** `METHOD path` of every route the router holds (router.use() layers are middleware, not routes). */
function mountedRoutes(): string[] {
  const keys: string[] = [];
  for (const layer of app.strapi.server.listRoutes() as Array<{ path: string; methods: string[] }>) {
    const methods = layer.methods.filter((m) => m !== 'HEAD');
    if (!methods.length) continue;
    // router.all() mounts every HTTP method.
    if (methods.length > 10) keys.push(`ALL ${layer.path}`);
    else for (const m of methods) keys.push(`${m} ${layer.path}`);
  }
  return keys;
}

const json = <T>(res: { status: number; body: unknown; text: string }, what: string): T => {
  if (res.status >= 300) throw new Error(`fixture ${what}: ${res.status} ${res.text}`);
  return res.body as T;
};

/** Ids from the demo, and records made for the calls that change something. */
async function makeFixtures(): Promise<Fixtures> {
  const db = (uid: string) => app.strapi.db.query(uid as never);
  const one = async (uid: string, where: Record<string, unknown>) => {
    const row = (await db(uid).findOne({ where })) as { id: number; documentId: string } | null;
    if (!row) throw new Error(`fixture: no ${uid} where ${JSON.stringify(where)}`);
    return row;
  };
  const as = async (role: (typeof ROLES)[number]) => ({ Authorization: `Bearer ${await app.login(role)}` });
  const memberOf = async (username: string) => (await one('api::member.member', { user: { username } })).documentId;
  const post = async (role: (typeof ROLES)[number], url: string, body: unknown) => json<Record<string, unknown>>(await app.http.post(url).set(await as(role)).send(body as object), url);

  const staffMember = await memberOf('staff');
  const newMember = async (username: string) =>
    (await post('admin', '/api/backoffice/members', { fullName: `Inventario ${username}`, username, email: `${username}@example.org`, password: 'inventario-12345', role: 'staff' })).id as string;
  // Every role the matrix lets update members (admin, mayor) deactivates and reactivates a member of its own.
  const perCaller: Record<string, string> = {};
  for (const caller of CALLERS) {
    perCaller[`memberToDeactivate@${caller}`] = await newMember(`inventario-desactivar-${caller}`);
    const toReactivate = await newMember(`inventario-reactivar-${caller}`);
    await post('admin', `/api/backoffice/members/${toReactivate}/deactivate`, { handoverTo: staffMember });
    perCaller[`memberToReactivate@${caller}`] = toReactivate;
  }

  const newActor = async (name: string) => (await post('admin', '/api/backoffice/actors', { name, kind: 'person' })).id as string;
  const newRequest = async (subject: string) => (await post('agenda', '/api/backoffice/requests', { kind: 'audience', subject, requesterName: 'Vecina del inventario', channel: 'letter' })) as { id: string; trackingCode: string };
  const publicGoal = (await one('api::goal.goal', { code: 'M-01' })).documentId;

  const upload = json<Array<{ id: number; url: string }>>(
    await app.http.post('/api/backoffice/uploads').set(await as('admin')).attach('files', PNG, { filename: 'inventario.png', contentType: 'image/png' }),
    'upload',
  )[0];

  const newsImages = [{ file: upload.id, alt: 'Imagen del inventario' }];
  const publicNews = await makeNews(app, { title: 'Noticia del inventario', images: newsImages });
  const draftNews = await makeNews(app, { title: 'Borrador del inventario', communicationStatus: 'in_review', pieceStatus: 'draft', postedAt: null });
  const withdrawnNews = await makeNews(app, { title: 'Noticia retirada del inventario', images: newsImages, withdrawnAt: new Date(), withdrawalReason: 'Inventario' });

  // A feed of a member none of the callers is: POST /me/calendar-token by the callers leaves it working.
  const { regenerateCalendarToken } = require(path.join(CMS_DIST, 'src/modules/agenda/calendar-token'));
  const feed = (await regenerateCalendarToken(app.strapi, (await one('api::member.member', { user: { username: 'mgonzalez' } })).id)) as { url: string };

  const ids: Record<string, string> = {
    // Defaults for path parameters of routes without a probe.
    model: 'api::activity.activity',
    uid: 'api::activity.activity',
    contentType: 'api::activity.activity',
    id: (await one('api::activity.activity', { visibility: 'private' })).documentId,
    documentId: (await one('api::activity.activity', { visibility: 'private' })).documentId,
    sourceId: (await one('api::activity.activity', { visibility: 'private' })).documentId,
    targetField: 'participants',
    name: 'default',
    role: String((await one('plugin::users-permissions.role', { type: 'public' })).id),
    sessionId: '1',
    // Named fixtures.
    privateActivity: (await one('api::activity.activity', { visibility: 'private' })).documentId,
    publicActivity: (await one('api::activity.activity', { visibility: 'public', status: 'confirmed' })).documentId,
    publicGoal,
    privateGoal: (await one('api::goal.goal', { code: 'M-04' })).documentId,
    theme: (await one('api::theme.theme', {})).documentId,
    groupActorCode: String(((await db('api::actor.actor').findOne({ where: { kind: 'group', code: { $notNull: true } } })) as { code: string }).code),
    personActorCode: String(((await db('api::actor.actor').findOne({ where: { kind: 'person', code: { $notNull: true } } })) as { code: string }).code),
    themeCode: String(((await db('api::theme.theme').findOne({ where: { code: { $notNull: true } } })) as { code: string }).code),
    place: (await one('api::place.place', {})).documentId,
    staffUser: String((await one('plugin::users-permissions.user', { username: 'staff' })).id),
    staffMember,
    handoverMember: staffMember,
    publicRole: String((await one('plugin::users-permissions.role', { type: 'public' })).id),
    ...perCaller,
    actor: await newActor('Actor del inventario'),
    actorToDelete: await newActor('Actor del inventario, para borrar'),
    trackingCode: (await newRequest('Solicitud del inventario')).trackingCode,
    restriction: (await post('follow-up', '/api/backoffice/aros', { goal: publicGoal, kind: 'restriction', title: 'Restricción del inventario', severity: 'high' })).id as string,
    signedUpload: upload.url,
    bareUpload: upload.url.split('?')[0],
    uploadId: String(upload.id),
    calendarFile: `${feed.url.split('/').pop()}`,
    forgedCalendarFile: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    publicNews: publicNews.slug,
    draftNews: draftNews.slug,
    withdrawnNews: withdrawnNews.slug,
  };
  for (const caller of CALLERS) ids[`request@${caller}`] = (await newRequest(`Solicitud del inventario para ${caller}`)).id;

  // Comunicación: a communication in review per caller, an approved piece, published news, a failed delivery.
  const c = comms(app);
  const withXPiece = async (title: string) => {
    const communication = await c.communication(title);
    return { communication: communication.id, piece: (await c.piece(communication.id, { channel: 'x', body: title })).id };
  };
  for (const caller of CALLERS) {
    const { communication } = await withXPiece(`En revisión para ${caller}`);
    await c.moveOk('press', communication, 'in_preparation');
    await c.moveOk('press', communication, 'in_review');
    ids[`communicationInReview@${caller}`] = communication;
  }
  const approved = await withXPiece('Aprobada del inventario');
  await c.approve(approved.communication);
  ids.approvedPiece = approved.piece;
  ids.newsToWithdraw = (await c.news('Noticia del inventario para retirar')).communication.id;
  ids.newsToCorrect = (await c.news('Noticia del inventario para corregir')).communication.id;
  const failing = await withXPiece('Envío fallido del inventario');
  await c.approve(failing.communication);
  await c.publish('press', failing.piece);
  const row = (await c.deliveryRow(failing.piece))!;
  await db('api::notification.notification').update({ where: { id: row.id }, data: { status: 'failed', lastError: 'Rechazada por la plataforma' } });
  ids.failedDelivery = row.documentId;

  const formToken = () => {
    const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
    return require(path.join(CMS_DIST, 'src/modules/agenda/form-token')).issueFormToken(Date.now() - 60_000 - Math.floor(Math.random() * 60_000), formSecret()) as string;
  };
  return {
    ids,
    credentials: (caller) => ({ identifier: `${caller === 'anonymous' ? 'staff' : caller}@demo.sigobito.org`, password: DEMO_PASSWORD }),
    citizenForm: () => {
      // Every caller comes from 127.0.0.1: the limit of five an hour is for one person, not this table.
      require(path.join(CMS_DIST, 'src/api/public/controllers/public')).requestLimiter.reset();
      return { kind: 'audience', subject: 'Audiencia del inventario', description: 'Una solicitud enviada por el inventario de rutas.', name: 'Vecina del inventario', email: 'vecina@example.org', website: '', formToken: formToken() };
    },
  };
}

// The fixtures are a few hundred calls (a member, a request and a communication per caller, published news): room for a loaded machine.
beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  fixtures = await makeFixtures();
}, 300_000);
afterAll(() => app.stop());

/** The path to call: the probe, or the route's path with every `:param` a fixture; `{x}` a fixture, `{x@}` the caller's. */
function resolve(template: string, caller: Caller): string {
  const fill = (name: string) => {
    const key = name.endsWith('@') ? `${name}${caller}` : name;
    if (!Object.hasOwn(fixtures.ids, key)) throw new Error(`no fixture {${name}} in ${template}`);
    return fixtures.ids[key];
  };
  return template
    .replace(/:([A-Za-z]+)/g, (_m, name: string) => `{${name}}`)
    .replace('(.*)', 'inventario')
    .replace(/\{([A-Za-z@]+)\}/g, (_m, name: string) => fill(name));
}

async function call(key: string, entry: Entry, target: string, caller: Caller) {
  const method = key.split(' ')[0];
  const verb = (method === 'ALL' ? 'get' : method.toLowerCase()) as 'get' | 'post' | 'put' | 'delete';
  const url = resolve(target, caller);
  let req = app.http[verb](url).redirects(0);
  if (caller !== 'anonymous') req = req.set('Authorization', `Bearer ${await app.login(caller)}`);
  for (const [name, value] of Object.entries(entry.headers ?? {})) req = req.set(name, value);
  if (entry.upload) return req.attach('files', PNG, { filename: 'inventario.png', contentType: 'image/png' });
  return entry.body ? req.send(entry.body(fixtures, caller) as object) : method === 'GET' || method === 'ALL' ? req : req.send({});
}

type Expectation = { label: string; ok: (status: number) => boolean };
const status = (...codes: number[]): Expectation => ({ label: codes.join('/'), ok: (s) => codes.includes(s) });
const SUCCESS: Expectation = { label: '2xx', ok: (s) => s >= 200 && s < 300 };
const REFUSED = status(401, 403, 404, 405);

function expected(entry: Entry, caller: Caller): Expectation {
  const anonymous = caller === 'anonymous';
  switch (entry.access) {
    case 'open':
      return SUCCESS;
    case 'site':
      return anonymous ? SUCCESS : status(403);
    case 'auth':
      return anonymous ? status(401) : SUCCESS;
    case 'checked':
      return anonymous ? status(401) : status(400);
    case 'matrix':
      return anonymous ? status(401) : entry.rule!.test(caller) ? SUCCESS : status(403);
    case 'closed':
      return REFUSED;
    case 'files':
      return { label: '2xx/404', ok: (s) => SUCCESS.ok(s) || s === 404 };
    case 'app':
      return BACKOFFICE_BUILT ? status(200) : status(503);
  }
}

const title = (key: string, entry: Entry) => `${key} is ${entry.access}${entry.rule ? ` (${entry.rule.label})` : ''}`;
const ordered = (table: Record<string, Entry>) => Object.entries(table).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));
const CASES = [...ordered(ROUTES).filter(([, e]) => !e.last), ...Object.entries(SERVED), ...ordered(ROUTES).filter(([, e]) => e.last)].map(
  ([key, entry]) => [title(key, entry), key, entry] as const,
);
let checked = 0;

describe('the route inventory', () => {
  it(`has a line in ${TABLE} for every route the CMS mounts, and none for a route it does not`, () => {
    const mounted = mountedRoutes();
    const missing = mounted.filter((k) => !Object.hasOwn(ROUTES, k));
    const gone = Object.keys(ROUTES).filter((k) => !mounted.includes(k));
    expect({
      'mounted without a line (add one to the table: who may call it and why)': missing,
      'a line for a route no longer mounted (remove it from the table)': gone,
    }).toEqual({
      'mounted without a line (add one to the table: who may call it and why)': [],
      'a line for a route no longer mounted (remove it from the table)': [],
    });
  });

  it.each(CASES)('%s', async (_title, key, entry) => {
    const problems: string[] = [];
    for (const caller of CALLERS) {
      const want = expected(entry, caller);
      const res = await call(key, entry, entry.probe ?? key.split(' ')[1], caller);
      checked++;
      if (!want.ok(res.status)) problems.push(`${caller}: ${res.status}, expected ${want.label} — ${String(res.text).slice(0, 160)}`);
      if (entry.absent) {
        const hidden = await call(key, entry, entry.absent, caller);
        checked++;
        if (!REFUSED.ok(hidden.status)) problems.push(`${caller} on ${entry.absent}: ${hidden.status}, expected it refused (${REFUSED.label})`);
      }
    }
    expect({ route: key, why: entry.why, problems }).toEqual({ route: key, why: entry.why, problems: [] });
  });

  afterAll(() => {
    // The suite's counts, for the CI log and the issue's closing note.
    console.log(`route inventory: ${Object.keys(ROUTES).length} mounted routes + ${Object.keys(SERVED).length} middleware paths, × ${CALLERS.length} callers: ${checked} calls checked`);
  });
});
