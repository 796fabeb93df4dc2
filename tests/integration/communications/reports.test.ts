import type { Role } from '@sigobito/config';
import { startApp, type TestApp } from '../helpers/app';

/*
 * The communication reports over HTTP: counts by month (in the municipality's time zone),
 * theme, place and status, their CSV, and the achievements no communication tells, each read
 * by the roles that read every communication.
 */

const COMMUNICATION_UID = 'api::communication.communication';
const PIECE_UID = 'api::piece.piece';

let app: TestApp;
const ids = { water: 0, formula: 0, town: 0, publicGoal: 0, internalGoal: 0, publicDone: 0, internalDone: 0, publicTold: 0 };
const docs: Record<string, string> = {};

const get = async (role: Role | null, path: string) => {
  const req = app.http.get(path);
  return role ? req.set('Authorization', `Bearer ${await app.login(role)}`) : req;
};
const db = (uid: string) => app.strapi.db.query(uid as never);
const row = async (uid: string, data: Record<string, unknown>) => (await db(uid).create({ data: { ...data, publishedAt: new Date().toISOString() } })) as { id: number; documentId: string };

async function communication(title: string, status: string, data: Record<string, unknown> = {}, postedAt?: string) {
  const c = await row(COMMUNICATION_UID, { title, status, origin: 'institutional', ...data });
  if (postedAt) await row(PIECE_UID, { communication: c.id, channel: 'web', title, body: '<p>x</p>', status: 'published', postedAt });
  return c;
}

beforeAll(async () => {
  app = await startApp();
  ids.water = (await row('api::theme.theme', { code: 'T-REP-AGUA', name: 'Agua (informe)' })).id;
  // A name a spreadsheet would run as a formula: the CSV neutralises it.
  ids.formula = (await row('api::theme.theme', { code: 'T-REP-F', name: '=HYPERLINK("http://x")' })).id;
  ids.town = (await row('api::place.place', { code: 'P-REP', name: 'Cabecera (informe)', kind: 'district' })).id;

  // Goals and milestones achieved, public and internal.
  const goal = async (code: string, isPublic: boolean, status: string) => row('api::goal.goal', { code, title: `Meta ${code}`, isPublic, status });
  const pub = await goal('M-R1', true, 'completed');
  const internal = await goal('M-R2', false, 'completed');
  const told = await goal('M-R3', true, 'completed');
  await goal('M-R4', true, 'in_execution');
  Object.assign(docs, { publicGoal: pub.documentId, internalGoal: internal.documentId, toldGoal: told.documentId });
  const milestone = async (g: { id: number }, order: number, status: string) =>
    row('api::milestone.milestone', { goal: g.id, order, title: `Hito ${order}`, dueDate: '2026-01-15', weight: 1, status, completedAt: status === 'done' ? '2026-01-20T15:00:00.000Z' : null });
  const m1 = await milestone(pub, 1, 'done');
  const m2 = await milestone(pub, 2, 'done');
  const m3 = await milestone(internal, 1, 'done');
  await milestone(pub, 3, 'in_progress');
  Object.assign(docs, { publicUntold: m1.documentId, publicTold: m2.documentId, internalUntold: m3.documentId });

  // The communications counted (2026, Panama: UTC-5).
  await communication('Publicada en enero', 'published', { themes: [ids.water], places: [ids.town], milestone: m2.id, goal: pub.id }, '2026-01-10T15:00:00.000Z');
  // Posted at 03:00 UTC on 1 March: still 28 February in Panama.
  await communication('Archivada de febrero', 'archived', { themes: [ids.water, ids.formula] }, '2026-03-01T03:00:00.000Z');
  await communication('Prevista en marzo', 'in_preparation', { plannedDate: '2026-03-20', places: [ids.town] });
  await communication('Descartada en marzo', 'discarded', { plannedDate: '2026-03-21', themes: [ids.water], goal: internal.id, milestone: m3.id });
  await communication('Fuera del intervalo', 'approved', { plannedDate: '2025-06-01', themes: [ids.water] });
  await communication('Cuenta la meta', 'identified', { plannedDate: '2025-06-02', goal: told.id });
});
afterAll(() => app.stop());

const Q = '?from=2026-01-01&to=2026-03-31';

describe('communications by month, theme, place and status', () => {
  it('counts over the range, by local month, every month listed', async () => {
    const res = await get('press', `/api/backoffice/reports/communications${Q}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-01-01', to: '2026-03-31', timeZone: 'America/Panama', total: 4 });
    expect(res.body.byMonth).toEqual([
      { month: '2026-01', count: 1, published: 1 },
      { month: '2026-02', count: 1, published: 1 },
      { month: '2026-03', count: 1, published: 0 },
    ]);
    expect(res.body.byStatus).toEqual(expect.arrayContaining([{ status: 'published', count: 1 }, { status: 'archived', count: 1 }, { status: 'in_preparation', count: 1 }, { status: 'discarded', count: 1 }, { status: 'approved', count: 0 }]));
  });

  it('counts by theme and place the communications not discarded, with those published', async () => {
    const { body } = await get('mayor', `/api/backoffice/reports/communications${Q}`);
    const water = body.byTheme.find((t: { code: string }) => t.code === 'T-REP-AGUA');
    expect(water).toMatchObject({ name: 'Agua (informe)', count: 2, published: 2, id: expect.any(String) });
    expect(body.byTheme.at(-1)).toEqual({ id: null, code: null, name: null, count: 1, published: 0 });
    expect(body.byPlace.find((p: { code: string }) => p.code === 'P-REP')).toMatchObject({ count: 2, published: 1 });
  });

  it('covers everything without a range', async () => {
    const { body } = await get('admin', '/api/backoffice/reports/communications');
    expect(body).toMatchObject({ from: null, to: null, total: 6 });
    expect(body.byMonth[0]).toEqual({ month: '2025-06', count: 2, published: 0 });
    expect(body.byMonth.map((m: { month: string }) => m.month)).toHaveLength(10);
  });

  it('refuses a bad range with the field and a coded reason', async () => {
    const bad = await get('press', '/api/backoffice/reports/communications?from=2026-13-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors).toEqual([{ path: ['from'], code: 'invalid_date', params: {}, message: expect.any(String) }]);
    const reversed = await get('press', '/api/backoffice/reports/communications?from=2026-02-01&to=2026-01-01');
    expect(reversed.body.error.details.errors).toEqual([{ path: ['to'], code: 'before_start', params: {}, message: expect.any(String) }]);
    expect((await get('press', '/api/backoffice/reports/communications.csv?to=ayer')).status).toBe(400);
  });

  it('exports the same counts as CSV, every cell neutralised', async () => {
    const res = await get('follow-up', `/api/backoffice/reports/communications.csv${Q}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="comunicaciones-2026-01-01_2026-03-31.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFAgrupación,Código,Nombre,Comunicaciones,Publicadas');
    expect(lines).toContain('Mes,2026-02,2026-02,1,1');
    expect(lines).toContain('Tema,T-REP-AGUA,Agua (informe),2,2');
    expect(lines).toContain('Tema,T-REP-F,"\'=HYPERLINK(""http://x"")",1,1');
    expect(lines).toContain('Lugar,,Sin lugar,1,1');
    expect(lines).toContain('Estado,discarded,Descartada,1,0');
  });
});

describe('achievements no communication tells', () => {
  it('lists the completed goals and done milestones without a communication (a discarded one tells nothing)', async () => {
    const { status, body } = await get('follow-up', '/api/backoffice/reports/untold');
    expect(status).toBe(200);
    expect(body.goals.map((g: { code: string }) => g.code)).toEqual(['M-R1', 'M-R2']);
    expect(body.goals[0]).toEqual({ id: docs.publicGoal, code: 'M-R1', title: 'Meta M-R1', isPublic: true, targetDate: null });
    expect(body.milestones.map((m: { id: string }) => m.id).sort()).toEqual([docs.publicUntold, docs.internalUntold].sort());
    expect(body.milestones.find((m: { id: string }) => m.id === docs.internalUntold)).toEqual({
      id: docs.internalUntold,
      title: 'Hito 1',
      order: 1,
      completedAt: '2026-01-20T15:00:00.000Z',
      goal: { id: docs.internalGoal, code: 'M-R2', title: 'Meta M-R2', isPublic: false },
    });
  });

  it('shows press only what press may read: the public goals', async () => {
    const { body } = await get('press', '/api/backoffice/reports/untold');
    expect(body.goals.map((g: { code: string }) => g.code)).toEqual(['M-R1']);
    expect(body.milestones.map((m: { id: string }) => m.id)).toEqual([docs.publicUntold]);
  });
});

describe('who reads the reports', () => {
  const READERS: Role[] = ['press', 'mayor', 'admin', 'follow-up', 'agenda'];
  const REFUSED: Role[] = ['staff', 'goal-manager'];
  const PATHS = ['/api/backoffice/reports/communications', '/api/backoffice/reports/communications.csv', '/api/backoffice/reports/untold'];

  it.each(READERS)('%s reads all three', async (role) => {
    for (const path of PATHS) expect([path, (await get(role, path)).status]).toEqual([path, 200]);
  });

  it.each(REFUSED)('%s, who reads only published communications, is refused all three', async (role) => {
    for (const path of PATHS) expect([path, (await get(role, path)).status]).toEqual([path, 403]);
  });

  it('nobody anonymous', async () => {
    for (const path of PATHS) expect([path, (await get(null, path)).status]).toEqual([path, 401]);
  });
});
