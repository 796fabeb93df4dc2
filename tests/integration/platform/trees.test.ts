import Papa from 'papaparse';
import { openDataFile, OPEN_DATA_FILES, OPEN_DATASETS } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../helpers/app';
import { page } from '../helpers/agenda';
import { makeNews } from '../helpers/news';
import type { DataProvider } from 'ra-core';

/*
 * Places and themes add up (issue 12, item 2): a filter by a district finds what is in its
 * corregimientos and neighbourhoods, a filter by an axis what is in its themes, in the back
 * office, the public API, the feeds and open data (item 8) alike.
 */

let app: TestApp;
let admin: DataProvider;
let mayor: DataProvider;
const DAY = 86_400_000;

const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as never).create({ data } as never)) as { documentId: string }).documentId;
const idOf = async (uid: string, code: string) => ((await app.strapi.db.query(uid as never).findOne({ where: { code }, select: ['documentId'] })) as { documentId: string }).documentId;

// A small tree of our own, three levels deep, beside the demo's: Distrito › Corregimiento › Barrio.
const ids: Record<string, string> = {};
beforeAll(async () => {
  app = await startApp({ goals: true });
  admin = await app.client('admin');
  mayor = await app.client('mayor');
  ids.dist = await create('api::place.place', { code: 'TR-DIST', name: 'Distrito Árbol', kind: 'district', geometry: { type: 'Polygon', coordinates: [[[-80, 8], [-79.9, 8], [-79.9, 8.1], [-80, 8]]] } });
  ids.corr = await create('api::place.place', { code: 'TR-CORR', name: 'Corregimiento Rama', kind: 'corregimiento', parent: ids.dist });
  ids.barrio = await create('api::place.place', { code: 'TR-BARRIO', name: 'Barrio Hoja', kind: 'neighbourhood', parent: ids.corr, geometry: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-79.95, 8.05] } } });
  ids.elsewhere = await create('api::place.place', { code: 'TR-OTRO', name: 'Otro Distrito', kind: 'district' });
  ids.axis = await create('api::theme.theme', { code: 'TR-EJE', name: 'Eje Árbol' });
  ids.sub = await create('api::theme.theme', { code: 'TR-SUB', name: 'Tema Rama', parent: ids.axis });
  ids.leaf = await create('api::theme.theme', { code: 'TR-HOJA', name: 'Subtema Hoja', parent: ids.sub });
  ids.goal = await create('api::goal.goal', { code: 'TR-M1', title: '=HYPERLINK("http://x","Meta del barrio")', status: 'in_execution', isPublic: true, places: [ids.barrio], themes: [ids.leaf] });
  ids.hiddenGoal = await create('api::goal.goal', { code: 'TR-M2', title: 'Meta interna del barrio', status: 'in_execution', isPublic: false, places: [ids.barrio], themes: [ids.leaf] });
  ids.otherGoal = await create('api::goal.goal', { code: 'TR-M3', title: 'Meta de otro distrito', status: 'in_execution', isPublic: true, places: [ids.elsewhere] });
  await create('api::progress-report.progress-report', { goal: ids.goal, date: new Date(Date.now() - DAY).toISOString(), percent: 40, indicatorValue: 12, narrative: 'Narrativa interna: el contratista se atrasó' });
  await create('api::progress-report.progress-report', { goal: ids.hiddenGoal, date: new Date(Date.now() - DAY).toISOString(), percent: 10, narrative: 'De una meta que no es pública' });
  const start = Date.now() + 2 * DAY;
  const activity = (title: string, visibility: string, extra: Record<string, unknown> = {}) =>
    create('api::activity.activity', { title, visibility, status: 'confirmed', kind: 'public_event', start: new Date(start).toISOString(), end: new Date(start + 3600_000).toISOString(), places: [ids.corr], themes: [ids.sub], ...extra });
  ids.publicActivity = await activity('Feria en el corregimiento', 'public', { place: ids.barrio });
  ids.privateActivity = await activity('Reunión reservada en el barrio', 'private', { places: [ids.barrio] });
  ids.actor = await create('api::actor.actor', { name: 'Vecina Árbol', kind: 'person', email: 'vecina@example.org', phone: '+507 6000-0000', places: [ids.barrio], themes: [ids.leaf] });
  ids.request = await create('api::request.request', { kind: 'audience', subject: 'Audiencia del barrio', channel: 'letter', status: 'received', places: [ids.barrio], themes: [ids.leaf], receivedAt: new Date().toISOString(), requesterName: 'Vecina Árbol', requesterEmail: 'vecina@example.org' });
  const responsible = ((await app.strapi.db.query('api::member.member').findOne({ select: ['documentId'] })) as { documentId: string }).documentId;
  ids.task = await create('api::task.task', { kind: 'commitment', title: 'Compromiso de la feria', activity: ids.publicActivity, responsible, status: 'pending' });
  ids.goalTask = await create('api::task.task', { kind: 'instruction', title: 'Tarea de la meta del barrio', goal: ids.goal, responsible, status: 'pending' });
  ids.privateTask = await create('api::task.task', { kind: 'commitment', title: 'Compromiso reservado', activity: ids.privateActivity, responsible, status: 'pending' });
  await makeNews(app, { title: 'Noticia del barrio Hoja', places: ['TR-BARRIO'], themes: ['TR-HOJA'] });
  await makeNews(app, { title: 'Borrador del barrio Hoja', places: ['TR-BARRIO'], communicationStatus: 'in_preparation', pieceStatus: 'draft', postedAt: null, noSlug: true });
});
afterAll(() => app.stop());

const listIds = async (dp: DataProvider, resource: string, filter: Record<string, unknown>) => (await dp.getList(resource, { ...page, filter })).data.map((r) => r.id as string);

describe('a back-office filter by a place or a theme includes what lies beneath it', () => {
  it.each([
    ['goals', 'goal'],
    ['activities', 'publicActivity'],
    ['requests', 'request'],
    ['actors', 'actor'],
  ])('finds %s of a neighbourhood when filtering by its district or its axis', async (resource, key) => {
    expect(await listIds(mayor, resource, { places: ids.dist })).toContain(ids[key]);
    expect(await listIds(mayor, resource, { places: [ids.elsewhere, ids.corr] })).toContain(ids[key]);
    expect(await listIds(mayor, resource, { themes: ids.axis })).toContain(ids[key]);
    expect(await listIds(mayor, resource, { places: ids.elsewhere })).not.toContain(ids[key]);
    // "Not in this district" leaves out its corregimientos and neighbourhoods too.
    expect(await listIds(mayor, resource, { places_neq: ids.dist })).not.toContain(ids[key]);
  });

  it('finds tasks by the place and theme of what they come from (an activity, a goal)', async () => {
    const inDistrict = await listIds(mayor, 'tasks', { places: ids.dist });
    expect(inDistrict).toEqual(expect.arrayContaining([ids.task, ids.goalTask, ids.privateTask]));
    expect(await listIds(mayor, 'tasks', { themes: ids.axis })).toEqual(expect.arrayContaining([ids.task, ids.goalTask]));
    expect(await listIds(mayor, 'tasks', { places: ids.elsewhere })).toEqual([]);
    expect(await listIds(mayor, 'tasks', { places_neq: ids.dist })).not.toContain(ids.task);
    // A private activity places its task only for those who may read it.
    const follow = await app.client('follow-up');
    expect(await listIds(follow, 'tasks', { places: ids.dist })).not.toContain(ids.privateTask);
  });

  it('finds an activity by its main place beneath the district', async () => {
    expect(await listIds(mayor, 'activities', { place: ids.dist })).toEqual([ids.publicActivity]);
  });

  it('still answers the children of a node, not its grandchildren, by its parent', async () => {
    expect(await listIds(admin, 'places', { parent: ids.dist })).toEqual([ids.corr]);
  });

  it('keeps the positions of an area its own, not its sub-areas’', async () => {
    const top = await idOf('api::area.area', 'A-DESPACHO');
    const own = (await app.strapi.db.query('api::position.position').count({ where: { area: { documentId: top } } })) as number;
    expect(await listIds(admin, 'positions', { area: top })).toHaveLength(own);
  });

  it('shows the San Isidro district its corregimientos’ goals, not only its own', async () => {
    const district = await idOf('api::place.place', 'D-SANISIDRO');
    const own = (await app.strapi.db.query('api::goal.goal').count({ where: { places: { documentId: district } } })) as number;
    expect((await listIds(mayor, 'goals', { places: district })).length).toBeGreaterThan(own);
  });

  it('keeps a private activity from a role that may not see it, through the district too', async () => {
    const staff = await app.client('staff');
    expect(await listIds(staff, 'activities', { places: ids.dist })).not.toContain(ids.privateActivity);
    expect(await listIds(mayor, 'activities', { places: ids.dist })).toContain(ids.privateActivity);
  });

  it('refuses a bad filter value with a 400 on it, as before', async () => {
    const res = await app.http.get(`/api/backoffice/goals?filter=${encodeURIComponent(JSON.stringify({ places: 7 }))}`).set('Authorization', `Bearer ${await app.login('mayor')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(['filter.places']);
  });
});

describe('trees stay trees', () => {
  it.each([
    ['places', 'dist', 'barrio'],
    ['themes', 'axis', 'leaf'],
  ])('refuses making a %s node the child of its own grandchild (400 on parent)', async (resource, top, bottom) => {
    const { data } = await admin.getOne(resource, { id: ids[top] });
    await expect(admin.update(resource, { id: ids[top], data: { ...data, parent: ids[bottom] }, previousData: data })).rejects.toMatchObject({ status: 400, body: { errors: { parent: 'No puede ser su propio antecesor' } } });
  });

  it('refuses an area under one of its own sub-areas, and accepts a move elsewhere', async () => {
    const top = await idOf('api::area.area', 'A-DESPACHO');
    const child = await idOf('api::area.area', 'A-SECGEN');
    const { data } = await admin.getOne('areas', { id: top });
    await expect(admin.update('areas', { id: top, data: { ...data, parent: child }, previousData: data })).rejects.toMatchObject({ status: 400, body: { errors: { parent: expect.any(String) } } });
    const { data: leaf } = await admin.getOne('themes', { id: ids.leaf });
    const moved = await admin.update('themes', { id: ids.leaf, data: { ...leaf, parent: ids.axis }, previousData: leaf });
    expect(moved.data.parent).toBe(ids.axis);
    await admin.update('themes', { id: ids.leaf, data: { ...moved.data, parent: ids.sub }, previousData: moved.data });
  });
});

describe('the public API adds up places and themes', () => {
  const publicGoalCodes = async (query: string) => ((await app.http.get(`/api/public/goals?${query}`)).body.data as Array<{ code: string }>).map((g) => g.code);

  it('lists a neighbourhood’s public goal under its district and its axis, never a non-public one', async () => {
    expect(await publicGoalCodes('place=TR-DIST')).toEqual(['TR-M1']);
    expect(await publicGoalCodes('theme=TR-EJE')).toEqual(['TR-M1']);
    expect(await publicGoalCodes('theme=TR-EJE&place=TR-OTRO')).toEqual([]);
  });

  it('gives /metas?lugar=D-SANISIDRO the goals of its corregimientos, and EJE-1 those of its themes', async () => {
    const district = await publicGoalCodes('place=D-SANISIDRO');
    for (const corregimiento of ['C-SI-CABECERA', 'C-SI-ALGARROBOS', 'C-SI-GUAYABO']) for (const code of await publicGoalCodes(`place=${corregimiento}`)) expect(district).toContain(code);
    expect(district.length).toBeGreaterThan(1);
    expect((await publicGoalCodes('theme=EJE-1')).length).toBeGreaterThan(0);
  });

  it('gathers goals, public activities and news on the district’s and the axis’s pages', async () => {
    for (const path of ['places/TR-DIST', 'themes/TR-EJE']) {
      const { goals, activities, news } = (await app.http.get(`/api/public/proximity/${path}`)).body.data;
      expect(goals.map((g: { code: string }) => g.code)).toEqual(['TR-M1']);
      expect(activities.map((a: { id: string }) => a.id)).toEqual([ids.publicActivity]);
      expect(news.map((n: { title: string }) => n.title)).toEqual(['Noticia del barrio Hoja']);
    }
  });

  it('filters the public agenda and the news by a district with its corregimientos', async () => {
    const agenda = (await app.http.get('/api/public/agenda?place=TR-DIST')).body.data as Array<{ id: string }>;
    expect(agenda.map((a) => a.id)).toEqual([ids.publicActivity]);
    expect((await app.http.get('/api/public/agenda?theme=TR-EJE')).body.data).toHaveLength(1);
    const news = (await app.http.get('/api/public/news?place=TR-DIST')).body;
    expect(news.data.map((n: { title: string }) => n.title)).toEqual(['Noticia del barrio Hoja']);
    expect((await app.http.get('/api/public/agenda?place=../x')).status).toBe(400);
  });
});

describe('open data', () => {
  const get = (file: string) => app.http.get(`/api/public/open-data/${file}`).buffer(true);
  /** A CSV as a spreadsheet reads it: the BOM, then a header and rows. */
  const spreadsheet = (text: string) => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed;
  };

  it.each(OPEN_DATA_FILES.filter((f) => f.format !== 'geojson').map((f) => [f.file]))('serves %s with exactly the columns of the data dictionary', async (file) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    const columns = openDataFile(file)!.dataset.columns.map((c) => c.name);
    if (file.endsWith('.csv')) {
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(spreadsheet(res.text).meta.fields).toEqual(columns);
    } else {
      expect(res.body.license).toBe('CC BY 4.0');
      expect(res.body.data.length).toBeGreaterThan(0);
      for (const row of res.body.data) expect(Object.keys(row)).toEqual(columns);
    }
  });

  it('publishes the public agenda without private activities nor anyone’s contact data', async () => {
    const { data } = (await get('agenda.json')).body as { data: Array<Record<string, unknown>> };
    expect(data.map((a) => a.id)).toContain(ids.publicActivity);
    expect(data.map((a) => a.id)).not.toContain(ids.privateActivity);
    const text = (await get('agenda.csv')).text;
    expect(text).not.toContain('Reunión reservada');
    for (const file of OPEN_DATA_FILES.map((f) => f.file)) {
      const body = (await get(file)).text;
      expect(body).not.toContain('vecina@example.org');
      expect(body).not.toContain('6000-0000');
      expect(body).not.toContain('Narrativa interna');
      expect(body).not.toContain('Borrador del barrio');
      expect(body).not.toContain('Meta interna del barrio');
    }
  });

  it('publishes the progress reports of public goals only, without their narrative', async () => {
    const rows = spreadsheet((await get('progress-reports.csv')).text).data;
    const ours = rows.filter((r) => r.goalCode.startsWith('TR-'));
    expect(ours).toEqual([expect.objectContaining({ goalCode: 'TR-M1', goalId: ids.goal, percent: '40', indicatorValue: '12' })]);
  });

  it('neutralises a formula a spreadsheet would run', async () => {
    const goal = spreadsheet((await get('goals.csv')).text).data.find((r) => r.code === 'TR-M1');
    expect(goal?.title).toBe(`'=HYPERLINK("http://x","Meta del barrio")`);
  });

  it('publishes themes and places with their parents, and the places as a GeoJSON FeatureCollection', async () => {
    const themes = spreadsheet((await get('themes.csv?theme=TR-EJE')).text).data;
    expect(themes.map((t) => [t.code, t.parent])).toEqual([
      ['TR-EJE', ''],
      ['TR-HOJA', 'TR-SUB'],
      ['TR-SUB', 'TR-EJE'],
    ]);
    const places = (await get('places.json?place=TR-DIST')).body.data as Array<{ code: string; geometry: { type: string } | null }>;
    expect(places.map((p) => [p.code, p.geometry?.type ?? null])).toEqual([
      ['TR-BARRIO', 'Point'],
      ['TR-CORR', null],
      ['TR-DIST', 'Polygon'],
    ]);
    const res = await get('places.geojson?place=TR-DIST');
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const geo = JSON.parse(res.text);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toEqual([
      { type: 'Feature', id: 'TR-BARRIO', geometry: { type: 'Point', coordinates: [-79.95, 8.05] }, properties: { code: 'TR-BARRIO', name: 'Barrio Hoja', kind: 'neighbourhood', parent: 'TR-CORR' } },
      expect.objectContaining({ id: 'TR-DIST', geometry: expect.objectContaining({ type: 'Polygon' }) }),
    ]);
  });

  it('filters every linked dataset by a district with everything beneath it', async () => {
    const codesOf = async (file: string, key: string) => ((await get(file)).body.data as Array<Record<string, string>>).map((r) => r[key]);
    expect(await codesOf('goals.json?place=TR-DIST', 'code')).toEqual(['TR-M1']);
    expect(await codesOf('milestones.json?theme=TR-EJE', 'goalCode')).toEqual([]);
    expect(await codesOf('progress-reports.json?place=TR-DIST', 'goalCode')).toEqual(['TR-M1']);
    expect(await codesOf('agenda.json?place=TR-DIST', 'id')).toEqual([ids.publicActivity]);
    expect(await codesOf('noticias.json?theme=TR-EJE', 'title')).toEqual(['Noticia del barrio Hoja']);
  });

  it('refuses a filter a dataset does not have, or a malformed code, with a 400 naming it', async () => {
    const wrong = await get('themes.csv?place=TR-DIST');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toHaveProperty('place');
    expect((await get('goals.json?theme=%3Cscript%3E')).body.errors).toHaveProperty('theme');
    expect((await get('members.csv')).status).toBe(404);
  });

  it('has a dictionary entry with a meaning for every column of every dataset', () => {
    for (const d of OPEN_DATASETS) for (const c of d.columns) expect(c.meaning.length).toBeGreaterThan(5);
  });
});
