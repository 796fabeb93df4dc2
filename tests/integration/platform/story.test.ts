import type { Role } from '@sigobito/config';
import type { StoryEntry, StoryPage } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../helpers/app';
import { page } from '../helpers/agenda';

/*
 * The story (360° view) of the demo's "Comité de Vecinos de Barrio Las Flores": its audience,
 * the private meeting about it, its request, the commitments made to it, the goal it is part of
 * and the communications about it, each as the caller may read it.
 */
let app: TestApp;
let comite: string;
let person: { id: string; code: string };
let basura: string;
let lasFlores: string;

const AUDIENCE = 'Audiencia con el Comité de Vecinos de Barrio Las Flores';
const PRIVATE_MEETING = 'Asesoría legal: lote baldío de la entrada de Barrio Las Flores';
const REQUEST = 'Basura acumulada en el lote baldío de la entrada de Barrio Las Flores';
const COMMITMENT = 'Limpiar de oficio el lote baldío de la entrada de Barrio Las Flores si el propietario no responde';
const ERRAND = 'Preparar el expediente del lote baldío para la audiencia del comité';
const NEWS = 'Vecinos de Barrio Las Flores y la Alcaldía acuerdan limpiar el lote baldío de la entrada';
const UNPUBLISHED = 'Nueva ruta de recolección: conozca los horarios de su barrio';

const storyOf = async (role: Role, subject: string, id: string, query = 'limit=100') =>
  app.http.get(`/api/backoffice/${subject}/${id}/story?${query}`).set('Authorization', `Bearer ${await app.login(role)}`);
const titles = (body: StoryPage, kind?: StoryEntry['kind']) => body.entries.filter((e) => !kind || e.kind === kind).map((e) => e.title);

beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  const admin = await app.client('admin');
  comite = (await admin.getList('actors', { ...page, filter: { code: 'ACT-051' } })).data[0].id as string;
  const p = (await admin.getList('actors', { ...page, filter: { kind: 'person' } })).data[0];
  person = { id: p.id as string, code: p.code as string };
  basura = (await admin.getList('themes', { ...page, filter: { code: 'T-BASURA' } })).data[0].id as string;
  lasFlores = (await admin.getList('places', { ...page, filter: { code: 'B-VA-LASFLORES' } })).data[0].id as string;
  // The whole demo municipality is seeded: slow on a loaded machine.
}, 300_000);
afterAll(() => app.stop());

describe("an actor's story in the back office", () => {
  it('tells the agenda team everything about the comité: audience, private meeting, request, commitments, follow-ups, goal, milestones and communications', async () => {
    const res = await storyOf('agenda', 'actors', comite);
    expect(res.status).toBe(200);
    const body = res.body as StoryPage;
    expect(titles(body, 'activities')).toEqual(expect.arrayContaining([AUDIENCE, PRIVATE_MEETING]));
    expect(titles(body, 'requests')).toEqual([REQUEST]);
    expect(titles(body, 'tasks')).toEqual(expect.arrayContaining([COMMITMENT, ERRAND, 'Coordinar rondas policiales nocturnas en la entrada de Barrio Las Flores']));
    expect(titles(body, 'task-updates')).toEqual([expect.stringMatching(/^Expediente listo/)]);
    expect(titles(body, 'goals')).toEqual([expect.stringMatching(/^M-02 · Recolección de basura/)]);
    expect(body.counts.milestones).toBeGreaterThanOrEqual(6);
    expect(titles(body, 'communications')).toEqual(expect.arrayContaining([NEWS, UNPUBLISHED]));
    // One count per kind the role reads, equal to what the timeline holds of it.
    for (const [kind, count] of Object.entries(body.counts)) expect([kind, body.entries.filter((e) => e.kind === kind).length]).toEqual([kind, count]);
    expect(body.total).toBe(body.entries.length);
  });

  it('tells it newest first, each entry with its record, status and the day or instant that dates it', async () => {
    const { entries } = (await storyOf('agenda', 'actors', comite)).body as StoryPage;
    const audience = entries.find((e) => e.title === AUDIENCE)!;
    expect(audience).toMatchObject({ kind: 'activities', status: 'confirmed', subkind: 'audience', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T15:30:00\.000Z$/) });
    expect(entries.find((e) => e.title === COMMITMENT)).toMatchObject({ kind: 'tasks', subkind: 'commitment', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // The request came before the audience it asked for, and the audience before the commitment due later.
    const at = (title: string) => entries.findIndex((e) => e.title === title);
    expect(at(COMMITMENT)).toBeLessThan(at(AUDIENCE));
    expect(at(AUDIENCE)).toBeLessThan(at(REQUEST));
    const one = await app.http.get(`/api/backoffice/activities/${audience.id}`).set('Authorization', `Bearer ${await app.login('agenda')}`);
    expect(one.body.title).toBe(AUDIENCE);
  });

  it('leaves the private meeting out for a role that may not see private activities, and what it may not read at all', async () => {
    const body = (await storyOf('follow-up', 'actors', comite)).body as StoryPage;
    expect(titles(body)).toContain(AUDIENCE);
    expect(titles(body)).not.toContain(PRIVATE_MEETING);
    expect(JSON.stringify(body)).not.toContain(PRIVATE_MEETING);
    // Follow-up reads no requests: neither the request nor the errand that came only from it.
    expect(body.counts).not.toHaveProperty('requests');
    expect(titles(body)).not.toContain(REQUEST);
    expect(titles(body)).not.toContain(ERRAND);
    expect(titles(body)).toContain(COMMITMENT);
  });

  it("gives press only public goals' parts and no ARO, and goal managers only published communications", async () => {
    const press = (await storyOf('press', 'actors', comite)).body as StoryPage;
    expect(press.counts).not.toHaveProperty('aros');
    expect(titles(press, 'goals')).toHaveLength(1); // M-02 is public
    const manager = (await storyOf('goal-manager', 'actors', comite)).body as StoryPage;
    expect(titles(manager, 'communications')).toEqual([NEWS]);
    expect(titles(manager)).not.toContain(UNPUBLISHED);
    expect(titles(manager)).not.toContain(PRIVATE_MEETING);
  });

  it('filters by kind and pages without overlap, the counts staying those of every kind', async () => {
    const all = (await storyOf('agenda', 'actors', comite)).body as StoryPage;
    const only = (await storyOf('agenda', 'actors', comite, 'kind=tasks,requests')).body as StoryPage;
    expect(new Set(only.entries.map((e) => e.kind))).toEqual(new Set(['tasks', 'requests']));
    expect(only.total).toBe(all.counts.tasks! + all.counts.requests!);
    expect(only.counts).toEqual(all.counts);
    const first = (await storyOf('agenda', 'actors', comite, 'start=0&limit=5')).body as StoryPage;
    const second = (await storyOf('agenda', 'actors', comite, 'start=5&limit=5')).body as StoryPage;
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 10).map((e) => e.id));
  });

  it('refuses a bad query with the field, an unknown record with 404, and a role that may not read actors with 403', async () => {
    const bad = await storyOf('agenda', 'actors', comite, 'kind=constructor&limit=1000');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['kind', 'limit']);
    expect((await storyOf('agenda', 'actors', 'no-such-actor')).status).toBe(404);
    expect((await storyOf('staff', 'actors', comite)).status).toBe(403);
  });

  it('reads each kind in a bounded number of queries, however long the story', async () => {
    // The queries that read tasks (the session's own bookkeeping runs beside them): as many with 3 tasks as with 9.
    const queries = async () => {
      let n = 0;
      const count = (q: { sql?: string }) => {
        if (/\btasks\b/.test(q.sql ?? '')) n++;
      };
      app.strapi.db.connection.on('query', count);
      await storyOf('agenda', 'actors', comite);
      app.strapi.db.connection.removeListener('query', count);
      return n;
    };
    const before = await queries();
    expect(before).toBeGreaterThan(0);
    const agenda = await app.client('agenda');
    const audience = ((await storyOf('agenda', 'actors', comite)).body as StoryPage).entries.find((e) => e.title === AUDIENCE)!;
    const responsible = (await agenda.getList('members', { ...page, filter: { username: 'staff' } })).data[0].id;
    for (let i = 0; i < 6; i++) await agenda.create('tasks', { data: { kind: 'commitment', title: `Compromiso extra ${i}`, responsible, activity: audience.id } });
    const after = await queries();
    expect(after).toBe(before);
    expect(((await storyOf('agenda', 'actors', comite)).body as StoryPage).counts.tasks).toBe(9);
  });
});

describe("a theme's and a place's story", () => {
  it("tells staff, on a theme, only the tasks that are theirs and no private activity", async () => {
    const agendaView = (await storyOf('agenda', 'themes', basura)).body as StoryPage;
    const staffView = (await storyOf('staff', 'themes', basura)).body as StoryPage;
    expect(titles(agendaView)).toContain(PRIVATE_MEETING);
    expect(titles(staffView)).not.toContain(PRIVATE_MEETING);
    expect(staffView.counts.tasks).toBeLessThan(agendaView.counts.tasks!);
    const staffTasks = staffView.entries.filter((e) => e.kind === 'tasks').map((e) => e.id);
    const agenda = await app.client('agenda');
    const staffId = (await agenda.getList('members', { ...page, filter: { username: 'staff' } })).data[0].id;
    for (const id of staffTasks) expect((await agenda.getOne('tasks', { id })).data.responsible).toBe(staffId);
  });

  it("gathers on a place what was held there or is about it", async () => {
    const body = (await storyOf('agenda', 'places', lasFlores)).body as StoryPage;
    expect(titles(body)).toEqual(expect.arrayContaining([AUDIENCE, REQUEST, NEWS]));
  });

  it("adds up on a district what happened in its neighbourhoods, counts included", async () => {
    const admin = await app.client('admin');
    const district = (await admin.getList('places', { ...page, filter: { code: 'D-VALLEALTO' } })).data[0].id as string;
    const neighbourhood = (await storyOf('agenda', 'places', lasFlores)).body as StoryPage;
    const whole = (await storyOf('agenda', 'places', district)).body as StoryPage;
    expect(titles(whole)).toEqual(expect.arrayContaining([AUDIENCE, REQUEST, NEWS]));
    for (const [kind, n] of Object.entries(neighbourhood.counts)) expect([kind, whole.counts[kind as keyof StoryPage['counts']]! >= n!]).toEqual([kind, true]);
    // Another district does not hold the neighbourhood's request (the audience was held in its town hall).
    const other = (await admin.getList('places', { ...page, filter: { code: 'D-SANISIDRO' } })).data[0].id as string;
    expect(titles((await storyOf('agenda', 'places', other)).body as StoryPage)).not.toContain(REQUEST);
  });
});

describe('the public actor page', () => {
  it("shows a group's public activities, public goals and published news, without its contact data", async () => {
    const res = await app.http.get('/api/public/actors/ACT-051');
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data.actor).toEqual({ id: comite, code: 'ACT-051', name: 'Comité de Vecinos de Barrio Las Flores', kind: 'group', organization: 'Comité de Vecinos', themes: expect.any(Array), places: expect.any(Array) });
    expect(data.activities.map((a: { title: string }) => a.title)).toEqual([AUDIENCE]);
    expect(data.goals.map((g: { code: string }) => g.code)).toEqual(['M-02']);
    expect(data.news.map((n: { title: string }) => n.title)).toEqual(['La Alcaldía atenderá el lote baldío de la entrada de Barrio Las Flores']);
    const text = JSON.stringify(res.body);
    for (const secret of ['vecinos.lasflores@example.org', '6584-1147', 'Reclama por la acumulación', PRIVATE_MEETING, 'email', 'phone', 'brief', 'internalNotes']) expect(text).not.toContain(secret);
  });

  it('is linked from the public activity and the public goal that name the comité, which never name a person', async () => {
    const { entries } = (await storyOf('agenda', 'actors', comite)).body as StoryPage;
    const audience = entries.find((e) => e.title === AUDIENCE)!;
    const goal = entries.find((e) => e.kind === 'goals')!;
    const activity = (await app.http.get(`/api/public/agenda/${audience.id}`)).body.data;
    expect(activity.actors).toEqual([{ code: 'ACT-051', name: 'Comité de Vecinos de Barrio Las Flores' }]);
    const publicGoal = (await app.http.get(`/api/public/goals/${goal.id}`)).body.data;
    expect(publicGoal.actors).toContainEqual({ code: 'ACT-051', name: 'Comité de Vecinos de Barrio Las Flores' });
    // M-01 names two people beside four institutions and groups: only these are shown.
    const m01 = ((await app.http.get('/api/public/goals')).body.data as Array<{ id: string; code: string }>).find((g) => g.code === 'M-01')!;
    const named = (await app.http.get(`/api/public/goals/${m01.id}`)).body.data.actors as Array<{ code: string }>;
    const admin = await app.client('admin');
    const kinds = new Map((await admin.getList('actors', { ...page, filter: {} })).data.map((a) => [a.code, a.kind]));
    expect(named.map((a) => kinds.get(a.code)).sort()).toEqual(['group', 'group', 'institution', 'institution']);
    // A milestone is opened on its goal's page.
    const milestone = entries.find((e) => e.kind === 'milestones')!;
    expect(milestone.parent).toBe(goal.id);
  });

  it('never shows a person, nor an unknown or malformed code', async () => {
    for (const code of [person.code, 'ACT-999', 'constructor', '__proto__', 'a%20b']) {
      const res = await app.http.get(`/api/public/actors/${code}`);
      expect([code, res.status]).toEqual([code, 404]);
      expect(JSON.stringify(res.body)).not.toContain('@');
    }
  });
});
