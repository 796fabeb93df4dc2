import type { DataProvider } from 'ra-core';
import { ERROR_CODES, isErrorCode, paramsFit } from '@sigobito/config';
import { startApp, type TestApp } from '../helpers/app';

let app: TestApp;
let admin: DataProvider;

beforeAll(async () => {
  app = await startApp();
  admin = await app.client('admin');
});
afterAll(() => app.stop());

const themeIdByCode = async (code: string) => {
  const { data } = await admin.getList('themes', { filter: { code }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  return data[0].id as string;
};

describe('the back-office API speaks ra-data-simple-rest', () => {
  it('lists a page with its total, sorted, in the Content-Range header', async () => {
    const { data, total } = await admin.getList('actors', { pagination: { page: 2, perPage: 10 }, sort: { field: 'code', order: 'DESC' }, filter: {} });
    expect(data).toHaveLength(10);
    expect(total).toBeGreaterThanOrEqual(40);
    const codes = data.map((a) => a.code as string);
    expect([...codes].sort().reverse()).toEqual(codes);
    const all = await admin.getList('actors', { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'DESC' }, filter: {} });
    expect(all.data.slice(10, 20).map((a) => a.id)).toEqual(data.map((a) => a.id));
    const res = await app.http.get('/api/backoffice/actors?range=[10,19]&sort=["code","DESC"]').set('Authorization', `Bearer ${await app.login('admin')}`);
    expect(res.headers['content-range']).toBe(`actors 10-19/${total}`);
  });

  it('finds records with the q full-text filter over several fields, every word matching', async () => {
    const created = await admin.create('actors', { data: { name: 'Zenaida Quiroz', kind: 'person', organization: 'Cooperativa Los Pinos', email: 'zq@example.org' } });
    const byName = await admin.getList('actors', { filter: { q: 'zenaida' }, pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' } });
    expect(byName.data.map((a) => a.id)).toEqual([created.data.id]);
    const byTwoFields = await admin.getList('actors', { filter: { q: 'quiroz pinos' }, pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' } });
    expect(byTwoFields.data.map((a) => a.id)).toEqual([created.data.id]);
    const none = await admin.getList('actors', { filter: { q: 'zenaida inexistente' }, pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' } });
    expect(none.total).toBe(0);
  });

  it('finds part of a word whatever its case and accents, follows edits and deletions, and takes quotes and wildcards literally', async () => {
    // On SQLite from the actors' trigram index (backoffice/search-index.ts), on MariaDB with LIKE and its collation: the same answers.
    const find = async (q: string) => (await admin.getList('actors', { filter: { q }, pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' } })).data.map((a) => a.id);
    const created = await admin.create('actors', { data: { name: 'Íñigo Ñandú "El Tucán"', kind: 'person', organization: 'Asociación Ribereña' } });
    const id = created.data.id;
    for (const q of ['inigo', 'ÍÑIGO', 'ribere', 'RIBEREÑA', 'asociacion ribereña', '"el tucán"', 'ñi ribereña']) expect([q, await find(q)]).toEqual([q, [id]]);
    expect(await find('"')).toEqual([id]); // a quote is a character like any other
    for (const q of ['%%%', '___', '*', 'íñigo OR', 'NEAR(inigo)']) expect([q, await find(q)]).toEqual([q, []]);
    await admin.update('actors', { id, data: { name: 'Íñigo Paredes' }, previousData: created.data });
    expect(await find('tucán')).toEqual([]);
    expect(await find('paredes')).toEqual([id]);
    await admin.delete('actors', { id, previousData: created.data });
    expect(await find('paredes')).toEqual([]);
  });

  it('filters by equality, by a list ("in"), by suffix operators and by relation ids', async () => {
    const people = await admin.getList('actors', { filter: { kind: 'person' }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
    expect(people.data.every((a) => a.kind === 'person')).toBe(true);
    const both = await admin.getList('actors', { filter: { kind: ['person', 'group'] }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
    expect(both.data.every((a) => a.kind !== 'institution')).toBe(true);
    expect(both.total).toBeGreaterThan(people.total!);
    const notPeople = await admin.getList('actors', { filter: { kind_neq: 'person' }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
    expect(notPeople.total! + people.total!).toBe((await admin.getList('actors', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).total);
    const inList = await admin.getList('places', { filter: { kind_in: ['district'] }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
    expect(inList.total).toBeGreaterThanOrEqual(3);

    const first = await admin.getList('actors', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'ASC' } });
    const since = await admin.getList('actors', { filter: { createdAt_gte: first.data[0].createdAt }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
    const after = await admin.getList('actors', { filter: { createdAt_gt: '2999-01-01T00:00:00.000Z' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
    expect(since.total).toBeGreaterThan(0);
    expect(after.total).toBe(0);

    const water = await themeIdByCode('T-AGUA');
    const withTheme = await admin.getList('actors', { filter: { themes: water }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
    expect(withTheme.total).toBeGreaterThan(0);
    expect(withTheme.data.every((a) => (a.themes as string[]).includes(water))).toBe(true);
  });

  it('answers getOne, getMany and getManyReference with relations as ids', async () => {
    const districts = await admin.getList('places', { filter: { kind: 'district' }, pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' } });
    const district = districts.data[0];
    const one = await admin.getOne('places', { id: district.id });
    expect(one.data).toMatchObject({ id: district.id, name: district.name, kind: 'district', parent: null });
    const many = await admin.getMany('places', { ids: districts.data.map((d) => d.id) });
    expect(many.data.map((d) => d.id).sort()).toEqual(districts.data.map((d) => d.id).sort());
    const children = await admin.getManyReference('places', {
      target: 'parent',
      id: district.id,
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(children.total).toBeGreaterThan(0);
    expect(children.data.every((c) => c.parent === district.id)).toBe(true);
  });

  it('creates, updates and deletes a record, relations in and out as id arrays', async () => {
    const water = await themeIdByCode('T-AGUA');
    const { data: created } = await admin.create('actors', { data: { name: 'Junta de Agua de Loma Verde', kind: 'group', themes: [water] } });
    expect(created).toMatchObject({ name: 'Junta de Agua de Loma Verde', kind: 'group', themes: [water], places: [] });
    // Strapi's own bookkeeping (i18n, admin authorship) stays out of the API: writing it back breaks updates on MySQL.
    for (const key of ['localizations', 'locale', 'createdBy', 'updatedBy', 'publishedAt']) expect(created).not.toHaveProperty(key);
    const { data: updated } = await admin.update('actors', { id: created.id, data: { ...created, name: 'Junta de Agua Loma Verde', themes: [] }, previousData: created });
    expect(updated).toMatchObject({ id: created.id, name: 'Junta de Agua Loma Verde', themes: [] });
    await admin.delete('actors', { id: created.id, previousData: updated });
    await expect(admin.getOne('actors', { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('keeps trees free of cycles', async () => {
    const district = (await admin.getList('places', { filter: { kind: 'district' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' } })).data[0];
    const child = (await admin.getManyReference('places', { target: 'parent', id: district.id, pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' }, filter: {} })).data[0];
    await expect(admin.update('places', { id: district.id, data: { parent: child.id }, previousData: district })).rejects.toMatchObject({
      status: 400,
      body: { errors: { parent: 'No puede ser su propio antecesor' } },
    });
  });
});

describe('bad input is a 400 that names the field, never a 500', () => {
  const get = async (query: string) => app.http.get(`/api/backoffice/actors?${query}`).set('Authorization', `Bearer ${await app.login('admin')}`);

  it.each([
    ['an unknown sort field', 'sort=["nope","ASC"]', 'sort'],
    ['a bad sort order', 'sort=["name","UP"]', 'sort'],
    ['malformed JSON in the filter', 'filter={"name":', 'filter'],
    ['an unknown filter field', 'filter={"nope":1}', 'filter.nope'],
    ['a value outside the enumeration', 'filter={"kind":"alien"}', 'filter.kind'],
    ['a range over the cap', 'range=[0,999]', 'range'],
    ['a backwards range', 'range=[10,2]', 'range'],
    ['a date that is not a date', 'filter={"createdAt_gte":"yesterday"}', 'filter.createdAt_gte'],
    ['a day that is not on the calendar', 'filter={"createdAt_gte":"2024-02-30"}', 'filter.createdAt_gte'],
    ['a date written in words', 'filter={"createdAt_lt":"March 7, 2024"}', 'filter.createdAt_lt'],
    ['a page beyond any table', 'range=[1e19,1e19]', 'range'],
  ])('refuses %s', async (_label, query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.body.errors[field]).toEqual(expect.any(String));
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
  });

  it("refuses a place's location that is not GeoJSON, on its field, and keeps a valid point", async () => {
    const bad = await admin.create('places', { data: { code: 'P-GEO', name: 'Lugar con mapa', kind: 'other', geometry: { foo: 1 } } }).catch((e) => e);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.geometry).toMatch(/El tipo debe ser uno de/);
    const { data } = await admin.create('places', { data: { code: 'P-GEO', name: 'Lugar con mapa', kind: 'other', geometry: { type: 'Point', coordinates: [-80.08, 8.43] } } });
    expect(data.geometry).toEqual({ type: 'Point', coordinates: [-80.08, 8.43] });
  });

  it('reports every missing or mistyped field of a create at once, and stores nothing', async () => {
    const before = (await admin.getList('actors', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).total;
    const error = await admin.create('actors', { data: { kind: 'robot', email: 'not-an-email', themes: 'x' } }).catch((e) => e);
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      name: 'Es obligatorio',
      kind: expect.stringContaining('person'),
      email: 'No es un correo electrónico válido',
      themes: 'Debe ser una lista de identificadores',
    });
    expect((await admin.getList('actors', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).total).toBe(before);
  });

  it('refuses unknown relation ids and duplicate codes', async () => {
    const ghost = await admin.create('actors', { data: { name: 'X', kind: 'person', places: ['does-not-exist'] } }).catch((e) => e);
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors.places).toContain('does-not-exist');
    const dup = await admin.create('themes', { data: { code: 'T-AGUA', name: 'Otra agua' } }).catch((e) => e);
    expect(dup.status).toBe(400);
    expect(dup.body.errors.code).toBe('Ya existe otro registro con este valor');
  });

  it('keeps the stored record intact when an update is refused', async () => {
    const water = await themeIdByCode('T-AGUA');
    const before = (await admin.getOne('themes', { id: water })).data;
    const err = await admin.update('themes', { id: water, data: { name: '', colour: 'red' }, previousData: before }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors).toMatchObject({ name: 'Es obligatorio', colour: 'El formato no es válido' });
    expect((await admin.getOne('themes', { id: water })).data).toEqual(before);
  });

  it('answers 404 for an unknown resource or record', async () => {
    const jwt = await app.login('admin');
    expect((await app.http.get('/api/backoffice/spaceships').set('Authorization', `Bearer ${jwt}`)).status).toBe(404);
    expect((await app.http.get('/api/backoffice/actors/nope').set('Authorization', `Bearer ${jwt}`)).status).toBe(404);
    expect((await app.http.put('/api/backoffice/actors/nope').set('Authorization', `Bearer ${jwt}`).send({ name: 'x' })).status).toBe(404);
  });

  it("carries each refusal's code and parameters, which the catalogue knows, beside the Spanish message", async () => {
    const jwt = await app.login('admin');
    const long = await app.http.post('/api/backoffice/themes').set('Authorization', `Bearer ${jwt}`).send({ code: 'T-LARGO', name: 'x'.repeat(201) });
    expect(long.status).toBe(400);
    expect(long.body.error.details.errors).toEqual([{ path: ['name'], code: 'too_long', params: { max: 200 }, message: 'Como máximo 200 caracteres' }]);
    const kind = await app.http.post('/api/backoffice/actors').set('Authorization', `Bearer ${jwt}`).send({ name: 'X', kind: 'robot' });
    expect(kind.body.error.details.errors).toEqual([
      { path: ['kind'], code: 'invalid_choice', params: { allowed: ['person', 'institution', 'group'] }, message: 'Debe ser uno de: person, institution, group' },
    ]);
    const page = await app.http.get('/api/backoffice/actors?range=[0,999]').set('Authorization', `Bearer ${jwt}`);
    expect(page.body.error.details.errors).toEqual([{ path: ['range'], code: 'too_large', params: { variant: 'page', max: expect.any(Number) }, message: expect.stringMatching(/filas por página/) }]);
    for (const res of [long, kind, page]) {
      for (const e of res.body.error.details.errors as Array<{ code: string; params: Record<string, never> }>) {
        expect(isErrorCode(e.code) && paramsFit(ERROR_CODES[e.code], e.params)).toBe(true);
      }
    }
  });

  it('answers a malformed JSON body with a 400', async () => {
    const res = await app.http
      .post('/api/backoffice/actors')
      .set('Authorization', `Bearer ${await app.login('admin')}`)
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
  });
});

describe('settings', () => {
  it('are one record with id "current" that admin edits and a bad time zone is refused', async () => {
    const { data } = await admin.getOne('settings', { id: 'current' });
    expect(data).toMatchObject({ id: 'current', municipalityName: 'Municipio de San Isidro del Valle', timeZone: 'America/Panama', taskDueSoonDays: 2 });
    const { data: saved } = await admin.update('settings', { id: 'current', data: { ...data, taskDueSoonDays: 3 }, previousData: data });
    expect(saved.taskDueSoonDays).toBe(3);
    const err = await admin.update('settings', { id: 'current', data: { timeZone: 'Mars/Olympus' }, previousData: data }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.timeZone).toBe('Zona horaria desconocida');
  });

  it("name the mayor as the office chooses, among the titles the site knows how to write", async () => {
    const { data } = await admin.getOne('settings', { id: 'current' });
    expect(data.mayorTitle).toBe('alcaldesa');
    const { data: saved } = await admin.update('settings', { id: 'current', data: { mayorTitle: 'alcaldia' }, previousData: data });
    expect(saved.mayorTitle).toBe('alcaldia');
    const err = await admin.update('settings', { id: 'current', data: { mayorTitle: 'Presidenta' }, previousData: saved }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.mayorTitle).toBeDefined();
    await admin.update('settings', { id: 'current', data: { mayorTitle: 'alcaldesa' }, previousData: saved });
  });
});
