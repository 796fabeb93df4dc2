import { startApp, type TestApp } from '../helpers/app';
import fs from 'node:fs';
import path from 'node:path';
import { makeActivity, makeGoal, makeNews, uploadPng, type MadeNews } from '../helpers/news';

/*
 * The public news API (issue 9, "Public site"): a communication's web piece, once published and
 * due, read by anyone at /api/public/news and /api/public/news/:slug, with its images, themes,
 * places, origin and corrections; withdrawn news keep their page and lose their content.
 */

let app: TestApp;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
let bridge: MadeNews;
let water: MadeNews;
let market: MadeNews;
let withdrawn: MadeNews;
let fromMilestone: MadeNews;
let fromPrivateGoal: MadeNews;
let fromActivity: MadeNews;
let fromPrivateActivity: MadeNews;
let publicGoal: { goal: string; milestone: string };

const SITE = 'https://transparencia.example';
const before = process.env.PUBLIC_SITE_URL;

beforeAll(async () => {
  // Canonical addresses come from PUBLIC_SITE_URL (read when the app starts).
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp();
  const cover = await uploadPng(app, 'puente.png');
  const second = await uploadPng(app, 'puente-2.png');
  const unexplained = await uploadPng(app, 'sin-alt.png');
  publicGoal = await makeGoal(app, 'N-PUB', true);
  const privateGoal = await makeGoal(app, 'N-PRIV', false);
  bridge = await makeNews(app, {
    title: 'Inauguramos el puente de Los Naranjos',
    summary: 'El puente une Los Naranjos con la cabecera.',
    body: '<h2>Una obra esperada</h2><p>El puente <strong>abre</strong> hoy.</p><script>alert(1)</script><p onclick="x()">Fin.</p>',
    postedAt: ago(3),
    themes: ['T-VIALIDAD'],
    places: ['C-VA-NARANJOS'],
    origin: 'goal',
    goal: publicGoal.goal,
    corrections: [
      { at: ago(1).toISOString(), note: 'El puente mide 40 metros, no 30.' },
      { at: ago(2).toISOString(), note: 'Se corrigió el nombre del corregimiento.' },
    ],
    images: [
      { file: cover, alt: 'El puente nuevo sobre el río, con vecinos cruzándolo' },
      { file: unexplained, alt: '' },
      { file: second, alt: 'La placa de inauguración' },
    ],
  });
  water = await makeNews(app, { title: 'Agua potable para El Guayabo', summary: null, body: `<p>${'La red de agua llega a todas las casas del corregimiento. '.repeat(10)}</p>`, postedAt: ago(2), themes: ['T-AGUA'], places: ['C-SI-GUAYABO'] });
  market = await makeNews(app, { title: 'Nuevo mercado municipal', postedAt: ago(1), themes: ['T-VIALIDAD', 'EJE-3'], communicationStatus: 'archived' });
  withdrawn = await makeNews(app, {
    title: 'Cierre de la vía a Puerto Viejo',
    body: '<p>TEXTO RETIRADO que nadie debe leer.</p>',
    summary: 'RESUMEN RETIRADO',
    postedAt: ago(4),
    themes: ['T-VIALIDAD'],
    withdrawnAt: ago(0.5),
    withdrawalReason: 'La información sobre el cierre era incorrecta.',
    images: [{ file: await uploadPng(app, 'cierre.png'), alt: 'La vía cerrada' }],
  });
  fromMilestone = await makeNews(app, { title: 'Terminamos el diseño del parque', postedAt: ago(5), origin: 'milestone', milestone: publicGoal.milestone, goal: publicGoal.goal });
  fromPrivateGoal = await makeNews(app, { title: 'Avanza una meta interna', postedAt: ago(6), origin: 'milestone', milestone: privateGoal.milestone, goal: privateGoal.goal });
  fromActivity = await makeNews(app, { title: 'El Alcalde visitó Isla Palmar', postedAt: ago(7), origin: 'activity', activity: await makeActivity(app, 'Visita a Isla Palmar', 'public') });
  fromPrivateActivity = await makeNews(app, { title: 'Reunión con el concejo', postedAt: ago(8), origin: 'activity', activity: await makeActivity(app, 'Reunión reservada', 'private') });
});
afterAll(async () => {
  await app.stop();
  if (before === undefined) delete process.env.PUBLIC_SITE_URL;
  else process.env.PUBLIC_SITE_URL = before;
});

const get = (path: string) => app.http.get(path);

describe('the news list', () => {
  it('lists public news newest first, with description, themes, places and cover, and never a withdrawn one', async () => {
    const res = await get('/api/public/news');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const slugs = res.body.data.map((n: { slug: string }) => n.slug);
    expect(slugs).toEqual([market, water, bridge, fromMilestone, fromPrivateGoal, fromActivity, fromPrivateActivity].map((x) => x.slug));
    expect(slugs).not.toContain(withdrawn.slug);
    const first = res.body.data[2];
    expect(first).toEqual({
      slug: bridge.slug,
      url: `${SITE}/noticias/${bridge.slug}`,
      title: 'Inauguramos el puente de Los Naranjos',
      description: 'El puente une Los Naranjos con la cabecera.',
      postedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      updatedAt: expect.any(String),
      themes: [{ id: expect.any(String), code: 'T-VIALIDAD', name: 'Vialidad y caminos' }],
      places: [{ id: expect.any(String), code: 'C-VA-NARANJOS', name: 'Los Naranjos' }],
      cover: { n: 1, alt: 'El puente nuevo sobre el río, con vecinos cruzándolo', width: 1, height: 1, mime: 'image/png' },
    });
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 1, total: 7 });
  });

  it('describes a news item without a summary by the start of its text, cut at a word', async () => {
    const item = (await get('/api/public/news?theme=T-AGUA')).body.data[0];
    expect(item.slug).toBe(water.slug);
    expect(item.description).toMatch(/^La red de agua llega a todas las casas del corregimiento\. .*\S…$/);
    expect([...item.description].length).toBeLessThanOrEqual(160);
  });

  it('pages through the news', async () => {
    const one = (await get('/api/public/news?pageSize=3&page=2')).body;
    expect(one.data.map((n: { slug: string }) => n.slug)).toEqual([fromMilestone.slug, fromPrivateGoal.slug, fromActivity.slug]);
    expect(one.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 3, total: 7 });
    expect((await get('/api/public/news?pageSize=3&page=9')).body.data).toEqual([]);
  });

  it('filters by theme and by place code, and says which', async () => {
    const road = (await get('/api/public/news?theme=T-VIALIDAD')).body;
    expect(road.data.map((n: { slug: string }) => n.slug)).toEqual([market.slug, bridge.slug]);
    expect(road.meta.theme).toEqual({ id: expect.any(String), code: 'T-VIALIDAD', name: 'Vialidad y caminos' });
    const both = (await get('/api/public/news?theme=T-VIALIDAD&place=C-VA-NARANJOS')).body;
    expect(both.data.map((n: { slug: string }) => n.slug)).toEqual([bridge.slug]);
    const unknown = (await get('/api/public/news?theme=T-NO-EXISTE')).body;
    expect(unknown).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 }, theme: null, place: null, goal: null } });
  });

  it("lists a public goal's news (told of the goal or of one of its milestones), and none of a goal that is not public", async () => {
    const res = (await get(`/api/public/news?goal=${publicGoal.goal}`)).body;
    expect(res.data.map((n: { slug: string }) => n.slug)).toEqual([bridge.slug, fromMilestone.slug]);
    expect(res.meta.goal).toEqual({ id: publicGoal.goal, code: 'N-PUB', title: 'Meta N-PUB' });
    const privateGoal = (await app.strapi.db.query('api::goal.goal').findOne({ where: { code: 'N-PRIV' } })) as { documentId: string };
    expect((await get(`/api/public/news?goal=${privateGoal.documentId}`)).body).toMatchObject({ data: [], meta: { goal: null } });
  });

  it('refuses a malformed page, page size or code with the field and a coded reason', async () => {
    for (const [query, path, code] of [
      ['page=0', 'page', 'out_of_range'],
      ['page=abc', 'page', 'out_of_range'],
      ['pageSize=51', 'pageSize', 'out_of_range'],
      ['theme=<script>', 'theme', 'invalid_format'],
      ['place[$ne]=x', 'place', 'invalid_format'],
    ]) {
      const res = await get(`/api/public/news?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: [path], code })]);
    }
  });

  it('shows the latest news on the theme and place pages (proximity)', async () => {
    const theme = (await get('/api/public/proximity/themes/T-VIALIDAD')).body.data;
    expect(theme.news.map((n: { slug: string }) => n.slug)).toEqual([market.slug, bridge.slug]);
    const place = (await get('/api/public/proximity/places/C-SI-GUAYABO')).body.data;
    expect(place.news.map((n: { slug: string }) => n.slug)).toEqual([water.slug]);
  });
});

describe('one news item', () => {
  it('has its title, summary, body sanitised again on the way out, images with alt text, themes, places, origin and dated corrections', async () => {
    const res = await get(`/api/public/news/${bridge.slug}`);
    expect(res.status).toBe(200);
    const item = res.body.data;
    expect(item).toMatchObject({
      slug: bridge.slug,
      title: 'Inauguramos el puente de Los Naranjos',
      summary: 'El puente une Los Naranjos con la cabecera.',
      body: '<h2>Una obra esperada</h2><p>El puente <strong>abre</strong> hoy.</p><p>Fin.</p>',
      withdrawn: null,
      origin: { kind: 'goal', goal: { id: publicGoal.goal, code: 'N-PUB', title: 'Meta N-PUB' } },
      themes: [expect.objectContaining({ code: 'T-VIALIDAD' })],
      places: [expect.objectContaining({ code: 'C-VA-NARANJOS' })],
    });
    // The image without alt text is not shown; the others keep their order, numbered from 1.
    expect(item.images).toEqual([
      { n: 1, alt: 'El puente nuevo sobre el río, con vecinos cruzándolo', width: 1, height: 1, mime: 'image/png' },
      { n: 2, alt: 'La placa de inauguración', width: 1, height: 1, mime: 'image/png' },
    ]);
    expect(item.corrections.map((c: { note: string }) => c.note)).toEqual(['Se corrigió el nombre del corregimiento.', 'El puente mide 40 metros, no 30.']);
    expect(item.updatedAt).toBe(item.corrections[1].at);
    expect(JSON.stringify(item)).not.toMatch(/uploads|"file"|documentId/);
  });

  it('links its origin only when that is public: a public goal of a milestone, a public activity', async () => {
    const origin = async (n: MadeNews) => (await get(`/api/public/news/${n.slug}`)).body.data.origin;
    expect(await origin(fromMilestone)).toEqual({ kind: 'milestone', milestone: { title: 'Hito de N-PUB' }, goal: { id: publicGoal.goal, code: 'N-PUB', title: 'Meta N-PUB' } });
    expect(await origin(fromPrivateGoal)).toBeNull();
    expect(await origin(fromActivity)).toEqual({ kind: 'activity', activity: { id: expect.any(String), title: 'Visita a Isla Palmar', start: expect.any(String) } });
    expect(await origin(fromPrivateActivity)).toBeNull();
    expect(JSON.stringify((await get(`/api/public/news/${fromPrivateActivity.slug}`)).body)).not.toContain('Reunión reservada');
  });

  it('keeps a withdrawn item’s page with when and why, without its summary, body or images', async () => {
    const res = await get(`/api/public/news/${withdrawn.slug}`);
    expect(res.status).toBe(200);
    const item = res.body.data;
    expect(item).toMatchObject({ title: 'Cierre de la vía a Puerto Viejo', summary: null, body: null, description: null, images: [] });
    expect(item.withdrawn).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), reason: 'La información sobre el cierre era incorrecta.' });
    expect(JSON.stringify(res.body)).not.toMatch(/RETIRADO/);
    expect((await get(`/api/public/news/${withdrawn.slug}/images/1`)).status).toBe(404);
  });

  it('answers 404 for an address that is not a news address, or names no news', async () => {
    for (const slug of ['no-es-una-noticia', '2026-01-01-no-existe', '..%2F..%2Fetc', 'a'.repeat(200)]) {
      const res = await get(`/api/public/news/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error.status).toBe(404);
    }
  });
});

describe('the images of a news item', () => {
  it('serves a public item’s image by its number, as the image it is', async () => {
    const res = await get(`/api/public/news/${bridge.slug}/images/2`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${bridge.slug}-2.png"`);
    // The file as stored (the upload plugin may have optimised the PNG it was given).
    const file = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'puente-2.png' } })) as { url: string };
    expect(Buffer.compare(res.body as Buffer, fs.readFileSync(path.join(app.strapi.dirs.static.public, file.url)))).toBe(0);
    expect((res.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
  });

  it('has no image beyond those shown, nor for a malformed number', async () => {
    for (const n of ['3', '0', '-1', '1.5', 'x', '01']) expect((await get(`/api/public/news/${bridge.slug}/images/${n}`)).status).toBe(404);
  });
});

describe('open data', () => {
  it('publishes noticias.json: the public news with their text, never a withdrawn one', async () => {
    const res = await get('/api/public/open-data/noticias.json');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dataset: 'noticias', license: 'CC BY 4.0' });
    const rows = res.body.data as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.slug)).toEqual([market, water, bridge, fromMilestone, fromPrivateGoal, fromActivity, fromPrivateActivity].map((x) => x.slug));
    expect(rows[2]).toMatchObject({
      title: 'Inauguramos el puente de Los Naranjos',
      url: `${SITE}/noticias/${bridge.slug}`,
      themes: 'T-VIALIDAD',
      places: 'C-VA-NARANJOS',
      origin: 'goal',
      goalCode: 'N-PUB',
      corrections: 2,
      text: 'Una obra esperada\nEl puente abre hoy.\nFin.',
    });
    expect(rows.find((r) => r.slug === fromPrivateGoal.slug)).toMatchObject({ origin: null, goalCode: null });
  });

  it('publishes noticias.csv with every cell a spreadsheet would run neutralised', async () => {
    const formula = await makeNews(app, { title: '=HYPERLINK("http://e.vil","clic")', summary: '+SUM(1,2)', postedAt: ago(9) });
    const res = await get('/api/public/open-data/noticias.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="noticias.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('slug,url,title,summary,postedAt,updatedAt,corrections,themes,places,origin,goalCode,activityId,text');
    const row = lines.find((l) => l.startsWith(formula.slug))!;
    expect(row).toContain(`"'=HYPERLINK(""http://e.vil"",""clic"")"`);
    expect(row).toContain(`"'+SUM(1,2)"`);
    expect(res.text).not.toContain(withdrawn.slug);
  });
});
