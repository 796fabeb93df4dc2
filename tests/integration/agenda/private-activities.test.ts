import ICAL from 'ical.js';
import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { at, memberId, page } from '../helpers/agenda';

let app: TestApp;
let agenda: DataProvider;
let manager: DataProvider;
let secret: { id: string };
let open: { id: string };
let placeId: string;
/** A task from the private activity for each role that sees only its own tasks. */
const taskOf: Partial<Record<'staff' | 'press' | 'goal-manager', string>> = {};
let followUpTask: string;
let followUpMember: string;
let request: string;

const SECRET_TITLE = 'Reunión reservada con el inversionista';
/** The roles that must not learn that a private activity exists (and may read activities). */
const OUTSIDERS = ['staff', 'press', 'follow-up', 'goal-manager', 'admin'] as const;
type Outsider = (typeof OUTSIDERS)[number];
const ownTaskRoles = ['staff', 'press', 'goal-manager'] as const;

const bearer = async (role: Parameters<TestApp['login']>[0]) => `Bearer ${await app.login(role)}`;
const history = async (role: Parameters<TestApp['login']>[0], filter: Record<string, unknown>) =>
  app.http.get(`/api/backoffice/audit-logs?range=[0,499]&filter=${encodeURIComponent(JSON.stringify(filter))}`).set('Authorization', await bearer(role));

beforeAll(async () => {
  app = await startApp();
  agenda = await app.client('agenda');
  manager = await app.client('goal-manager');
  const places = await agenda.getList('places', { ...page, filter: { kind: 'district' } });
  placeId = places.data[0].id as string;
  // Two confirmed activities at the same time: one private, one public.
  secret = (await agenda.create('activities', {
    data: { title: SECRET_TITLE, start: at(2, 15), end: at(2, 16), status: 'confirmed', visibility: 'private', place: placeId, places: [placeId], brief: 'confidencial' },
  })).data as { id: string };
  open = (await agenda.create('activities', {
    data: { title: 'Inauguración del parque', start: at(2, 15, 30), end: at(2, 17), status: 'confirmed', visibility: 'public', place: placeId, places: [placeId] },
  })).data as { id: string };
  // Commitments taken at the private meeting, one for each role that sees only its own tasks.
  for (const role of ownTaskRoles) {
    const responsible = await memberId(agenda, role);
    taskOf[role] = ((await agenda.create('tasks', { data: { kind: 'commitment', title: `Compromiso reservado (${role})`, responsible, activity: secret.id } })).data as { id: string }).id;
  }
  followUpMember = await memberId(agenda, 'follow-up');
  followUpTask = ((await agenda.create('tasks', { data: { kind: 'commitment', title: 'Compromiso reservado (seguimiento)', responsible: followUpMember, activity: secret.id } })).data as { id: string }).id;
  // An audience request answered with the private meeting.
  request = ((await agenda.create('requests', { data: { kind: 'audience', subject: 'Audiencia del inversionista', requesterName: 'Inversiones S.A.', channel: 'email' } })).data as { id: string }).id;
  const jwt = await bearer('agenda');
  for (const to of ['in_review', 'accepted']) {
    const res = await app.http.post(`/api/backoffice/requests/${request}/transition`).set('Authorization', jwt).send(to === 'accepted' ? { to, activity: secret.id } : { to });
    if (res.status !== 200) throw new Error(`transition ${to}: ${res.status} ${JSON.stringify(res.body)}`);
  }
});
afterAll(() => app.stop());

describe('the mayor and the agenda team see the private activity', () => {
  it.each(['agenda', 'mayor'] as const)('%s lists it, opens it and sees the conflict', async (role) => {
    const dp = await app.client(role);
    const list = await dp.getList('activities', { ...page, filter: {} });
    expect(list.data.map((a) => a.id)).toContain(secret.id);
    const one = await dp.getOne('activities', { id: open.id });
    expect(one.data.conflicts).toEqual([secret.id]);
  });

  it.each(['agenda', 'mayor'] as const)('%s sees the tasks and the request that come from it, and finds them by it', async (role) => {
    const dp = await app.client(role);
    const tasks = await dp.getList('tasks', { ...page, filter: { activity: secret.id } });
    expect(tasks.data.map((t) => t.id).sort()).toEqual([...Object.values(taskOf), followUpTask].sort());
    expect(tasks.data.every((t) => t.activity === secret.id && t.origin === 'activity')).toBe(true);
    expect((await dp.getOne('requests', { id: request })).data.activity).toBe(secret.id);
  });

  it.each(['agenda', 'mayor'] as const)("%s reads the private activity's name in its tasks' change history", async (role) => {
    const created = (await history(role, { resource: 'tasks', recordId: followUpTask })).body.find((e: { action: string }) => e.action === 'create');
    expect(created.references.activity).toEqual({ [secret.id]: SECRET_TITLE });
  });

  it.each(['agenda', 'mayor'] as const)("%s reads the private activity's change history", async (role) => {
    const res = await history(role, { resource: 'activities', recordId: secret.id });
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toContain('create');
    expect(res.body[0]).toMatchObject({ recordLabel: SECRET_TITLE, restricted: true });
  });

  it('the mayor finds its entries in the whole change log', async () => {
    const res = await history('mayor', { resource: 'activities' });
    expect(res.body.map((e: { recordId: string }) => e.recordId)).toContain(secret.id);
  });
});

describe.each(OUTSIDERS)('%s cannot learn that the private activity exists', (role: Outsider) => {
  let dp: DataProvider;
  beforeAll(async () => {
    dp = await app.client(role);
  });

  it('not in the activity list, nor in its total, nor in a search', async () => {
    const list = await dp.getList('activities', { ...page, filter: {} });
    expect(list.data.map((a) => a.id)).not.toContain(secret.id);
    expect(list.total).toBe(list.data.length);
    expect((await dp.getList('activities', { ...page, filter: { q: 'inversionista' } })).total).toBe(0);
  });

  it('not by its id: getOne is a 404, getMany and a reference list leave it out', async () => {
    await expect(dp.getOne('activities', { id: secret.id })).rejects.toMatchObject({ status: 404 });
    expect((await dp.getMany('activities', { ids: [secret.id, open.id] })).data.map((a) => a.id)).toEqual([open.id]);
    const ref = await dp.getManyReference('activities', { target: 'place', id: placeId, ...page, filter: {} });
    expect(ref.data.map((a) => a.id)).toEqual([open.id]);
  });

  it('not through its change history, nor through the whole change log', async () => {
    const own = await history(role, { resource: 'activities', recordId: secret.id });
    if (role === 'admin') expect([own.status, own.body]).toEqual([200, []]);
    else expect(own.status).toBe(404);
    const all = await history(role, { resource: 'activities' });
    if (role === 'admin') {
      expect(all.status).toBe(200);
      expect(all.body.map((e: { recordId: string }) => e.recordId)).not.toContain(secret.id);
      expect(JSON.stringify(all.body)).not.toContain(SECRET_TITLE);
      expect((await history(role, { q: 'Reunión reservada' })).body).toEqual([]);
    } else {
      expect(all.status).toBe(403);
    }
  });

  it('not through the tasks that come from it: they show no activity and no origin', async () => {
    const tasks = (await dp.getList('tasks', { ...page, filter: {} })).data;
    const fromSecret = tasks.filter((t) => [...Object.values(taskOf), followUpTask].includes(t.id as string));
    expect(fromSecret.length).toBeGreaterThan(0);
    for (const t of fromSecret) expect(t).toMatchObject({ activity: null, origin: 'none' });
    expect(JSON.stringify(tasks)).not.toContain(secret.id);
    const one = await dp.getOne('tasks', { id: fromSecret[0].id });
    expect(one.data).toMatchObject({ activity: null, origin: 'none' });
  });

  it('not by filtering tasks by it: as if it did not exist', async () => {
    expect((await dp.getList('tasks', { ...page, filter: { activity: secret.id } })).total).toBe(0);
    expect((await dp.getList('tasks', { ...page, filter: { activity: 'never-existed' } })).total).toBe(0);
    const fromActivities = (await dp.getList('tasks', { ...page, filter: { origin: 'activity' } })).data.map((t) => t.id);
    expect(fromActivities).not.toContain(followUpTask);
    const withoutActivity = (await dp.getList('tasks', { ...page, filter: { activity: null } })).data.map((t) => t.id);
    const mine = (await dp.getList('tasks', { ...page, filter: {} })).data.map((t) => t.id);
    expect(withoutActivity.sort()).toEqual(mine.sort());
  });

  it('not by pointing a task at it: the same 400 as for an id that never existed', async () => {
    const jwt = await bearer(role);
    const send = (activity: string) =>
      role === 'follow-up'
        ? app.http.post('/api/backoffice/tasks').set('Authorization', jwt).send({ kind: 'instruction', title: 'x', responsible: followUpMember, activity })
        : app.http.put(`/api/backoffice/tasks/${taskOf[role as 'staff'] ?? followUpTask}`).set('Authorization', jwt).send({ activity });
    const hidden = await send(secret.id);
    const missing = await send('never-existed');
    if (role === 'admin') {
      expect([hidden.status, missing.status]).toEqual([403, 403]);
      return;
    }
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors.activity).toBe(`No existe: ${secret.id}`);
    expect(missing.body.errors.activity).toBe('No existe: never-existed');
  });

  it('not through the request answered with it', async () => {
    if (role !== 'admin') {
      await expect(dp.getOne('requests', { id: request })).rejects.toMatchObject({ status: 403 });
      return;
    }
    const one = (await dp.getOne('requests', { id: request })).data;
    expect(one).toMatchObject({ status: 'accepted', activity: null });
    expect((await dp.getList('requests', { ...page, filter: { activity: secret.id } })).total).toBe(0);
  });

  it('not through the change history of its tasks', async () => {
    const res = await history(role, { resource: 'tasks', recordId: role === 'admin' || role === 'follow-up' ? followUpTask : taskOf[role as 'staff'] });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toContain(secret.id);
    expect(JSON.stringify(res.body)).not.toContain(SECRET_TITLE);
  });
});

describe('editing a task linked to a private activity, by someone who cannot see it', () => {
  it('keeps the link when the form sends it back empty', async () => {
    const followUp = await app.client('follow-up');
    const shown = (await followUp.getOne('tasks', { id: followUpTask })).data;
    expect(shown.activity).toBeNull();
    await followUp.update('tasks', { id: followUpTask, data: { ...shown, title: 'Compromiso reservado (seguimiento, revisado)' }, previousData: shown });
    const seenByAgenda = (await agenda.getOne('tasks', { id: followUpTask })).data;
    expect(seenByAgenda).toMatchObject({ title: 'Compromiso reservado (seguimiento, revisado)', activity: secret.id, origin: 'activity' });
  });

  it('keeps the link when a staff member updates the progress of their task', async () => {
    const staff = await app.client('staff');
    const shown = (await staff.getOne('tasks', { id: taskOf.staff! })).data;
    await staff.update('tasks', { id: taskOf.staff!, data: { ...shown, status: 'in_progress', progress: 40 }, previousData: shown });
    expect((await agenda.getOne('tasks', { id: taskOf.staff! })).data).toMatchObject({ progress: 40, activity: secret.id });
  });
});

describe('an activity that was private and is made public', () => {
  let made: { id: string };
  const PRIVATE_TITLE = 'Almuerzo reservado con el gremio';

  beforeAll(async () => {
    made = (await agenda.create('activities', { data: { title: PRIVATE_TITLE, start: at(5, 15), end: at(5, 16), status: 'tentative', visibility: 'private' } })).data as { id: string };
    await agenda.update('activities', { id: made.id, data: { title: 'Almuerzo con el gremio', brief: 'temas reservados' }, previousData: made });
    await agenda.update('activities', { id: made.id, data: { visibility: 'public' }, previousData: made });
    await agenda.update('activities', { id: made.id, data: { locationText: 'Salón municipal' }, previousData: made });
  });

  it.each(['staff', 'admin'] as const)('%s reads only the history written after it was public', async (role) => {
    const res = await history(role, { resource: 'activities', recordId: made.id });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].changes).toEqual({ locationText: { before: null, after: 'Salón municipal' } });
    expect(JSON.stringify(res.body)).not.toMatch(/reservad/);
  });

  it('the agenda team still reads all of it', async () => {
    const res = await history('agenda', { resource: 'activities', recordId: made.id });
    expect(res.body).toHaveLength(4);
  });
});

describe('ARO escalations list only the tasks the reader may read', () => {
  it("a goal manager does not see the id of a task that is not theirs, follow-up does", async () => {
    const followUp = await app.client('follow-up');
    const gm = await memberId(followUp, 'goal-manager');
    const goal = (await followUp.create('goals', { data: { code: 'M-PRIV', title: 'Meta con restricción', manager: gm, status: 'in_execution' } })).data;
    const aro = (await followUp.create('aros', { data: { goal: goal.id, kind: 'restriction', title: 'Permiso pendiente' } })).data;
    const res = await app.http.post(`/api/backoffice/aros/${aro.id}/escalate`).set('Authorization', await bearer('follow-up')).send({ responsible: await memberId(followUp, 'staff') });
    expect(res.status).toBe(201);
    expect((await followUp.getOne('aros', { id: aro.id })).data.tasks).toEqual([res.body.task.id]);
    const manager = await app.client('goal-manager');
    expect((await manager.getOne('aros', { id: aro.id })).data.tasks).toEqual([]);
  });
});

describe('a goal manager cannot learn that the private activity exists', () => {
  it('not in the list, nor in its total, nor in a search', async () => {
    const list = await manager.getList('activities', { ...page, filter: {} });
    expect(list.data.map((a) => a.id)).not.toContain(secret.id);
    expect(list.total).toBe(list.data.length);
    const search = await manager.getList('activities', { ...page, filter: { q: 'inversionista' } });
    expect(search.total).toBe(0);
  });

  it('not by its id: getOne is a 404 like for a record that never existed, getMany leaves it out', async () => {
    await expect(manager.getOne('activities', { id: secret.id })).rejects.toMatchObject({ status: 404 });
    await expect(manager.getOne('activities', { id: 'never-existed' })).rejects.toMatchObject({ status: 404 });
    const many = await manager.getMany('activities', { ids: [secret.id, open.id] });
    expect(many.data.map((a) => a.id)).toEqual([open.id]);
  });

  it('not through a reference list (activities of a place)', async () => {
    const ref = await manager.getManyReference('activities', { target: 'place', id: placeId, ...page, filter: {} });
    expect(ref.data.map((a) => a.id)).toEqual([open.id]);
  });

  it('not through the conflicts of the public activity it overlaps', async () => {
    const one = await manager.getOne('activities', { id: open.id });
    expect(one.data.conflicts).toEqual([]);
  });

  it('not through its change history', async () => {
    const jwt = await app.login('goal-manager');
    const res = await app.http.get(`/api/backoffice/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource: 'activities', recordId: secret.id }))}`).set('Authorization', `Bearer ${jwt}`);
    expect(res.status).toBe(404);
  });

  it('not by editing or deleting it blindly', async () => {
    const jwt = await app.login('goal-manager');
    expect((await app.http.put(`/api/backoffice/activities/${secret.id}`).set('Authorization', `Bearer ${jwt}`).send({ title: 'x' })).status).toBe(403);
    expect((await app.http.delete(`/api/backoffice/activities/${secret.id}`).set('Authorization', `Bearer ${jwt}`)).status).toBe(403);
  });

  it("not through the goal manager's own calendar feed", async () => {
    const jwt = await app.login('goal-manager');
    const { body } = await app.http.post('/api/backoffice/me/calendar-token').set('Authorization', `Bearer ${jwt}`);
    const feed = await app.http.get(new URL(body.url).pathname);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('Inauguración del parque');
    expect(feed.text).not.toContain(SECRET_TITLE);
  });
});

describe('the public cannot learn it either', () => {
  it("not through Strapi's content API", async () => {
    for (const path of ['/api/activities', `/api/activities/${secret.id}`, '/api/requests', '/api/tasks', '/api/task-updates']) {
      const res = await app.http.get(path);
      expect([path, [403, 404].includes(res.status)]).toEqual([path, true]);
    }
  });

  it('not through the public agenda, its pages or its iCal feed', async () => {
    const list = await app.http.get('/api/public/agenda');
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([open.id]);
    expect(JSON.stringify(list.body)).not.toMatch(/brief|minutes|participants|confidencial/);
    expect((await app.http.get(`/api/public/agenda/${secret.id}`)).status).toBe(404);
    const ics = await app.http.get('/api/public/agenda.ics');
    expect(ics.text).toContain('Inauguración del parque');
    expect(ics.text).not.toContain(SECRET_TITLE);
  });

  it('without the back office, nothing: 401', async () => {
    expect((await app.http.get('/api/backoffice/activities')).status).toBe(401);
  });
});

describe('the iCal feeds', () => {
  it('parse with a standard iCal parser, in the municipality time zone', async () => {
    const ics = (await app.http.get('/api/public/agenda.ics')).text;
    const cal = new ICAL.Component(ICAL.parse(ics));
    const vtimezone = cal.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('America/Panama');
    // As a calendar client does: register the calendar's own zone, then read the events.
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const park = events.find((e) => e.summary === 'Inauguración del parque')!;
    expect(park.startDate.zone?.tzid).toBe('America/Panama');
    expect(park.startDate.hour).toBe(10); // 15:30 UTC is 10:30 in Panama
    expect(park.startDate.toJSDate().toISOString()).toBe(at(2, 15, 30));
    expect(park.uid).toBe(`${open.id}@sigobito`);
  });

  it("gives the agenda team's private feed the private activity, and a new address kills the old one", async () => {
    const jwt = await app.login('agenda');
    const first = (await app.http.post('/api/backoffice/me/calendar-token').set('Authorization', `Bearer ${jwt}`)).body.url as string;
    const feed = await app.http.get(new URL(first).pathname);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).summary);
    expect(events).toEqual(expect.arrayContaining([SECRET_TITLE, 'Inauguración del parque']));
    const second = (await app.http.post('/api/backoffice/me/calendar-token').set('Authorization', `Bearer ${jwt}`)).body.url as string;
    expect(second).not.toBe(first);
    expect((await app.http.get(new URL(first).pathname)).status).toBe(404);
    expect((await app.http.get(new URL(second).pathname)).status).toBe(200);
    expect((await app.http.get('/api/calendar/not-a-real-token-at-all-xx.ics')).status).toBe(404);
  });
});
