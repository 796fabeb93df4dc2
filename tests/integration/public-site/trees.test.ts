import Papa from 'papaparse';
import Parser from 'rss-parser';
import { OPEN_DATA_FILES, OPEN_DATASETS } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../helpers/app';
import { makeNews } from '../helpers/news';
import { startSite, type PublicSite } from '../helpers/public-site';

/*
 * Places and themes add up on the public site (issue 12, item 2), and its open data covers the
 * agenda, themes, places, news and progress reports with a dictionary and a DCAT catalogue
 * (item 8), read from a real CMS by the built site.
 */

const SITE = 'https://transparencia.example';
const DAY = 86_400_000;
let app: TestApp;
let site: PublicSite;
const before = process.env.PUBLIC_SITE_URL;

const page = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp({ goals: true });
  const start = Date.now() + DAY;
  const place = (code: string) => app.strapi.db.query('api::place.place').findOne({ where: { code }, select: ['documentId'] }) as Promise<{ documentId: string }>;
  await app.strapi.documents('api::activity.activity' as never).create({
    data: {
      title: 'Cabildo abierto en Los Algarrobos',
      visibility: 'public',
      status: 'confirmed',
      kind: 'public_event',
      start: new Date(start).toISOString(),
      end: new Date(start + 3600_000).toISOString(),
      places: [(await place('C-SI-ALGARROBOS')).documentId],
    },
  } as never);
  await makeNews(app, { title: 'Nueva red de agua en El Guayabo', themes: ['T-AGUA'], places: ['C-SI-GUAYABO'] });
  site = await startSite(app.baseUrl, { PUBLIC_SITE_URL: SITE });
  // The demo's goals and a site to boot: more than one suite's default on a busy machine.
}, 300_000);
afterAll(async () => {
  site?.stop();
  await app?.stop();
  if (before === undefined) delete process.env.PUBLIC_SITE_URL;
  else process.env.PUBLIC_SITE_URL = before;
});

/** The goal codes a goal list shows (each card links to /metas/<id> and shows its code). */
const goalCount = (html: string) => Number(/<h2 id="resultado">(\d+) metas?/.exec(html)?.[1] ?? '0');

describe('a district shows what is in its corregimientos', () => {
  it('lists on /metas?lugar=D-SANISIDRO the goals of its corregimientos too', async () => {
    const district = await page('/metas?lugar=D-SANISIDRO');
    const corregimientos = await Promise.all(['C-SI-CABECERA', 'C-SI-ALGARROBOS', 'C-SI-GUAYABO'].map((c) => page(`/metas?lugar=${c}`)));
    expect(goalCount(district.html)).toBeGreaterThanOrEqual(Math.max(...corregimientos.map((c) => goalCount(c.html))));
    expect(goalCount(district.html)).toBeGreaterThan(1);
    expect(district.html).toContain('Un distrito incluye sus corregimientos y barrios');
  });

  it('shows on /temas/EJE-1 the goals of its themes instead of "no goals"', async () => {
    const { status, html } = await page('/temas/EJE-1');
    expect(status).toBe(200);
    expect(html).not.toContain('No hay metas públicas en este tema');
    expect(html).toMatch(/href="\/metas\/[^"]+"/);
  });

  it('gathers on /lugares/D-SANISIDRO the activities and news of its corregimientos', async () => {
    const { html } = await page('/lugares/D-SANISIDRO');
    expect(html).toContain('Cabildo abierto en Los Algarrobos');
    expect(html).toContain('Nueva red de agua en El Guayabo');
  });

  it('filters the public agenda and the news by a district', async () => {
    expect((await page('/agenda?lugar=D-SANISIDRO')).html).toContain('Cabildo abierto en Los Algarrobos');
    expect((await page('/agenda?lugar=D-VALLEALTO')).html).not.toContain('Cabildo abierto en Los Algarrobos');
    expect((await page('/noticias?lugar=D-SANISIDRO')).html).toContain('Nueva red de agua en El Guayabo');
  });

  it('carries the corregimientos’ news in the district’s and the axis’s RSS feeds', async () => {
    const parser = new Parser();
    for (const path of ['/lugares/D-SANISIDRO/rss.xml', '/temas/EJE-1/rss.xml']) {
      const feed = await parser.parseString(await (await fetch(`${site.url}${path}`)).text());
      expect(feed.items.map((i) => i.title)).toContain('Nueva red de agua en El Guayabo');
    }
  });
});

describe('open data on the site', () => {
  it('lists every file on /datos-abiertos, with the dictionary and the catalogue', async () => {
    const { html } = await page('/datos-abiertos');
    for (const f of OPEN_DATA_FILES) expect(html).toContain(`<a href="/datos-abiertos/${f.file}" type="${f.mediaType}">`);
    expect(html).toContain('href="/datos-abiertos/diccionario"');
    expect(html).toContain('href="/datos-abiertos/data.json"');
  });

  it('explains every column of every file on the dictionary page', async () => {
    const { status, html } = await page('/datos-abiertos/diccionario');
    expect(status).toBe(200);
    for (const d of OPEN_DATASETS) {
      expect(html).toContain(`id="${d.id}"`);
      for (const c of d.columns) expect(html).toContain(`<code>${c.name}</code>`);
    }
    expect(html).toContain('Código del lugar del que forma parte');
  });

  it('describes every file in a DCAT catalogue whose addresses download it', async () => {
    const res = await fetch(`${site.url}/datos-abiertos/data.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const catalog = await res.json();
    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(catalog.dataset).toHaveLength(OPEN_DATASETS.length);
    const urls: string[] = [];
    for (const d of catalog.dataset) {
      expect(d).toEqual(
        expect.objectContaining({ title: expect.any(String), description: expect.any(String), modified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), license: expect.stringContaining('creativecommons.org') }),
      );
      expect(d.keyword.length).toBeGreaterThan(0);
      expect(d.publisher.name).toBeTruthy();
      for (const dist of d.distribution) urls.push(dist.downloadURL);
    }
    expect(urls.sort()).toEqual(OPEN_DATA_FILES.map((f) => `${SITE}/datos-abiertos/${f.file}`).sort());
    // Each address, asked of this site, gives its file.
    for (const url of urls) expect((await fetch(url.replace(SITE, site.url))).status).toBe(200);
  });

  it('relays a file narrowed by a district, as a spreadsheet reads it', async () => {
    const text = await (await fetch(`${site.url}/datos-abiertos/agenda.csv?lugar=D-SANISIDRO`)).text();
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.title)).toContain('Cabildo abierto en Los Algarrobos');
    expect(rows.every((r) => [r.place, ...r.places.split('|')].some((p) => p.startsWith('C-SI-') || p === 'D-SANISIDRO'))).toBe(true);
    const geo = await (await fetch(`${site.url}/datos-abiertos/places.geojson?lugar=D-SANISIDRO`)).json();
    expect(geo.type).toBe('FeatureCollection');
  });
});
