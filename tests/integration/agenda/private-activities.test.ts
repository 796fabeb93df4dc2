import ICAL from 'ical.js';
import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { at, page } from '../helpers/agenda';

let app: TestApp;
let agenda: DataProvider;
let manager: DataProvider;
let secret: { id: string };
let open: { id: string };
let placeId: string;

const SECRET_TITLE = 'Reunión reservada con el inversionista';

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
