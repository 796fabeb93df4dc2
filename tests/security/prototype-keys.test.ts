/**
 * Issue 7, finding 2: a filter key every object inherits ("constructor", "__proto__",
 * "toString"…) was looked up through the prototype chain and its value went to the database
 * as raw conditions. A goal manager recovered a private activity's title one character at a
 * time; follow-up confirmed a requester's e-mail; press matched goals' internal notes.
 */
import type { Role } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
}, 300_000);
afterAll(() => app.stop());

/** Every key an object inherits. */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

const list = async (role: Role, resource: string, params: Record<string, unknown>) =>
  app.http
    .get(`/api/backoffice/${resource}`)
    .query(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])))
    .set('Authorization', `Bearer ${await app.login(role)}`);

/** A raw filter object whose key is `key` (JSON.stringify would drop a "__proto__" key of a literal). */
const filterWith = (key: string, value: unknown) => `{${JSON.stringify(key)}:${JSON.stringify(value)}}`;

/**
 * The attacker's oracle: a condition that holds and one that does not. No leak means the two
 * answers cannot be told apart, and neither is a list.
 */
async function expectNoOracle(role: Role, resource: string, holds: unknown, fails: unknown) {
  const [yes, no] = [await list(role, resource, { filter: filterWith('constructor', holds) }), await list(role, resource, { filter: filterWith('constructor', fails) })];
  expect(yes.status).toBe(400);
  expect(yes.body.errors).toEqual({ 'filter.constructor': 'No se puede filtrar por «constructor»' });
  expect(no.status).toBe(yes.status);
  expect(no.body).toEqual(yes.body);
  expect(yes.headers['content-range']).toBeUndefined();
}

describe('a filter key every object inherits', () => {
  it("does not let a goal manager test a private activity's title through their tasks", async () => {
    // What there is to hide: a task of theirs hangs from a private activity they may not see.
    const hidden = await app.strapi.db.query('api::task.task').count({
      where: { responsible: { user: { email: 'goal-manager@demo.sigobito.org' } }, activity: { visibility: 'private' } },
    });
    expect(hidden).toBeGreaterThan(0);
    await expectNoOracle('goal-manager', 'tasks', { activity: { visibility: 'private' } }, { activity: { visibility: 'public', id: { $null: true } } });
    await expectNoOracle('goal-manager', 'tasks', { activity: { visibility: 'private', title: { $gte: 'A' } } }, { activity: { visibility: 'private', title: { $gte: '~' } } });
  });

  it("does not let follow-up confirm a requester's e-mail through the tasks of a request", async () => {
    // What there is to hide: follow-up reads every task, not the requests they come from (contact data).
    const task = (await app.strapi.db.query('api::task.task').findOne({
      where: { request: { requesterEmail: { $notNull: true } } },
      populate: { request: { select: ['requesterEmail'] } },
    })) as { request: { requesterEmail: string } } | null;
    const request = task!.request;
    await expectNoOracle('follow-up', 'tasks', { request: { requesterEmail: request.requesterEmail } }, { request: { requesterEmail: 'nadie@example.org' } });
  });

  it("does not let press match the internal notes of the goals they read", async () => {
    await expectNoOracle('press', 'goals', { internalNotes: { $containsi: 'a' } }, { internalNotes: { $containsi: 'zzqqxx' } });
  });

  it.each(INHERITED)('%s is a 400 naming it, as a filter (with or without an operator) and as a sort, for every role', async (key) => {
    for (const [role, resource] of [['goal-manager', 'tasks'], ['press', 'goals'], ['admin', 'actors'], ['mayor', 'members'], ['admin', 'audit-logs']] as Array<[Role, string]>) {
      const filtered = await list(role, resource, { filter: filterWith(key, { activity: { visibility: 'private' } }) });
      expect(filtered.status).toBe(400);
      expect(filtered.body.errors).toEqual({ [`filter.${key}`]: `No se puede filtrar por «${key}»` });
      const compared = await list(role, resource, { filter: filterWith(`${key}_gte`, 'a') });
      expect(compared.status).toBe(400);
      expect(compared.body.errors).toEqual({ [`filter.${key}_gte`]: `No se puede filtrar por «${key}»` });
      const sorted = await list(role, resource, { sort: [key, 'ASC'] });
      expect(sorted.status).toBe(400);
      expect(sorted.body.errors).toEqual({ sort: `No se puede ordenar por «${key}»` });
    }
  });

  it("is no field of Strapi's own content API either: a 400, not a 500, for anyone", async () => {
    for (const key of INHERITED) {
      for (const query of [`fields=${key}`, `fields[0]=name&fields[1]=${key}`, `populate[parent][fields][0]=${key}`]) {
        const res = await app.http.get(`/api/themes?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(`No se puede pedir el campo «${key}»`);
      }
    }
    expect((await app.http.get('/api/themes?sort=name:asc&populate[parent][fields][0]=name&populate[parent][fields][1]=code')).status).toBe(200);
  });

  it('is an unknown column of a CSV import, not a field every object has', async () => {
    const csv = ['code,name,kind,constructor,toString,__proto__,hasOwnProperty', 'ACT-PROTO,Actor de prueba,person,a,b,c,d'].join('\n');
    const res = await app.http.post('/api/backoffice/imports/actors').set('Authorization', `Bearer ${await app.login('admin')}`).send({ csv, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual(
      expect.arrayContaining(['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((field) => expect.objectContaining({ field, message: 'Columna desconocida' }))),
    );
    expect(res.body.valid).toBe(0);
  });

  it('is no GeoJSON type of a place: a 400 on the geometry, not a 500', async () => {
    const admin = await app.login('admin');
    for (const type of INHERITED) {
      const res = await app.http.post('/api/backoffice/places').set('Authorization', `Bearer ${admin}`).send({ code: 'P-PROTO', name: 'Lugar de prueba', kind: 'other', geometry: { type, coordinates: [0, 0] } });
      expect(res.status).toBe(400);
      expect(res.body.errors.geometry).toMatch(/^El tipo debe ser uno de/);
    }
  });

  it('is no e-mail switch of a member, and the 400 says so on that key', async () => {
    for (const key of INHERITED.filter((k) => k !== '__proto__')) {
      const res = await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${await app.login('staff')}`).set('Content-Type', 'application/json').send(filterWith(key, true));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(JSON.parse(filterWith(key, 'Aviso desconocido')));
    }
  });
});
