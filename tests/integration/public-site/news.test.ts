import Parser from 'rss-parser';
import { startApp, type TestApp } from '../helpers/app';
import { makeActivity, makeGoal, makeNews, uploadPng, type MadeNews } from '../helpers/news';
import { startSite, type PublicSite } from '../helpers/public-site';

/*
 * The news on the public site (issue 9, "Public site"), read from a real CMS by the built site:
 * /noticias and its pages and filters, a news item with its images, links, corrections and the
 * tags that share it, a withdrawn one, the news on the home, theme, place and goal pages, and
 * the RSS feeds as a real feed parser reads them.
 */

const SITE = 'https://transparencia.example';
const DAY = 86_400_000;
let app: TestApp;
let site: PublicSite;
let bridge: MadeNews;
let water: MadeNews;
let withdrawn: MadeNews;
let fromMilestone: MadeNews;
let fromActivity: MadeNews;
let goal: { goal: string; milestone: string };
let activity: string;
const older: MadeNews[] = [];
const before = process.env.PUBLIC_SITE_URL;

beforeAll(async () => {
  // The CMS's canonical addresses (open data) come from the same variable as the site's.
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp();
  goal = await makeGoal(app, 'N-PUB', true);
  activity = await makeActivity(app, 'Visita a Isla Palmar', 'public');
  // 03:30 UTC on 1 March is still 28 February in Panama: the page dates it by the local day.
  bridge = await makeNews(app, {
    title: 'Inauguramos el puente de Los Naranjos',
    summary: 'El puente une Los Naranjos con la cabecera.',
    body: '<h2>Una obra esperada</h2><p>El puente <strong>abre</strong> hoy.</p>',
    postedAt: new Date('2026-03-01T03:30:00Z'),
    themes: ['T-VIALIDAD'],
    places: ['C-VA-NARANJOS'],
    origin: 'goal',
    goal: goal.goal,
    corrections: [{ at: '2026-03-02T15:00:00Z', note: 'El puente mide 40 metros, no 30.' }],
    images: [
      { file: await uploadPng(app, 'puente.png'), alt: 'El puente nuevo sobre el río, con vecinos cruzándolo' },
      { file: await uploadPng(app, 'placa.png'), alt: 'La placa de inauguración' },
    ],
  });
  water = await makeNews(app, { title: 'Agua & saneamiento: <nueva> red en El Guayabo', postedAt: new Date(Date.now() - DAY), themes: ['T-AGUA'], places: ['C-SI-GUAYABO'] });
  withdrawn = await makeNews(app, {
    title: 'Cierre de la vía a Puerto Viejo',
    body: '<p>Texto de la noticia retirada.</p>',
    postedAt: new Date('2026-02-20T15:00:00Z'),
    themes: ['T-VIALIDAD'],
    withdrawnAt: new Date('2026-02-21T15:00:00Z'),
    withdrawalReason: 'La información sobre el cierre era incorrecta.',
  });
  fromMilestone = await makeNews(app, { title: 'Terminamos el diseño del parque', postedAt: new Date('2026-02-25T15:00:00Z'), origin: 'milestone', milestone: goal.milestone, goal: goal.goal });
  fromActivity = await makeNews(app, { title: 'El Alcalde visitó Isla Palmar', postedAt: new Date('2026-02-24T15:00:00Z'), origin: 'activity', activity, places: ['C-RM-ISLAPALMAR'] });
  for (let i = 1; i <= 8; i++) older.push(await makeNews(app, { title: `Noticia de enero número ${i}`, postedAt: new Date(Date.UTC(2026, 0, i, 15)) }));
  site = await startSite(app.baseUrl, { PUBLIC_SITE_URL: SITE });
});
afterAll(async () => {
  site?.stop();
  await app?.stop();
  if (before === undefined) delete process.env.PUBLIC_SITE_URL;
  else process.env.PUBLIC_SITE_URL = before;
});

const page = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  return { status: res.status, headers: res.headers, html: await res.text() };
};
/** The values of `<meta property|name="key" content="…">`, HTML entities of attributes decoded. */
const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
const titlesIn = (html: string) => [...html.matchAll(/<h[23] class="news-title">\s*<a href="\/noticias\/([^"]+)"/g)].map((m) => m[1]);

describe('/noticias', () => {
  it('lists the news newest first, ten a page, never a withdrawn one, and announces its feed', async () => {
    const { status, html } = await page('/noticias');
    expect(status).toBe(200);
    expect(titlesIn(html)).toEqual([water, bridge, fromMilestone, fromActivity, ...older.slice().reverse().slice(0, 6)].map((n) => n.slug));
    expect(html).not.toContain(withdrawn.slug);
    expect(html).toContain('12 noticias');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="Noticias — Municipio de San Isidro del Valle" href="${SITE}/noticias/rss.xml">`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}/noticias">`);
    expect(html).toMatch(/<nav class="pager" aria-label="Páginas de noticias">/);
    expect(html).toContain('<a href="/noticias?pagina=2" rel="next">');
    expect(html).toContain('aria-current="page"');
  });

  it('shows the next page, and answers 404 past the last one', async () => {
    const second = await page('/noticias?pagina=2');
    expect(titlesIn(second.html)).toEqual([older[1], older[0]].map((n) => n.slug));
    expect(second.html).toContain('<a href="/noticias" rel="prev">');
    expect((await page('/noticias?pagina=3')).status).toBe(404);
  });

  it('filters by theme and by place with a plain form, and announces the filtered feed', async () => {
    const road = await page('/noticias?tema=T-VIALIDAD');
    expect(titlesIn(road.html)).toEqual([bridge.slug]);
    expect(road.html).toContain(`href="${SITE}/temas/T-VIALIDAD/rss.xml"`);
    expect(road.html).toMatch(/<option value="T-VIALIDAD" selected>/);
    const place = await page('/noticias?lugar=C-RM-ISLAPALMAR');
    expect(titlesIn(place.html)).toEqual([fromActivity.slug]);
    expect((await page('/noticias?tema=T-DEPORTE')).html).toContain('No hay noticias con estos filtros.');
  });
});

describe('a news item', () => {
  it('shows its title, local date, summary, body, images with alt text, linked themes, places and goal, and its correction', async () => {
    const { status, html } = await page(`/noticias/${bridge.slug}`);
    expect(status).toBe(200);
    expect(bridge.slug).toBe('2026-02-28-inauguramos-el-puente-de-los-naranjos');
    expect(html).toMatch(/<h1 id="titulo">Inauguramos el puente de Los Naranjos<\/h1>/);
    expect(html).toContain('Publicada el <time datetime="2026-03-01T03:30:00.000Z">28 de febrero de 2026</time>');
    expect(html).toContain('<p class="lead">El puente une Los Naranjos con la cabecera.</p>');
    expect(html).toContain('<h2>Una obra esperada</h2><p>El puente <strong>abre</strong> hoy.</p>');
    expect(html).toContain(`<img src="/noticias/${bridge.slug}/imagenes/1" alt="El puente nuevo sobre el río, con vecinos cruzándolo" width="1" height="1"`);
    expect(html).toContain(`<img src="/noticias/${bridge.slug}/imagenes/2" alt="La placa de inauguración"`);
    expect(html).toContain('<a href="/temas/T-VIALIDAD">Vialidad y caminos</a>');
    expect(html).toContain('<a href="/lugares/C-VA-NARANJOS">Los Naranjos</a>');
    expect(html).toContain(`La meta de gobierno <a href="/metas/${goal.goal}">N-PUB: Meta N-PUB</a>`);
    expect(html).toContain('Corrección del 2 de marzo de 2026: El puente mide 40 metros, no 30.');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/noticias/${bridge.slug}">`);
  });

  it('is shared with Open Graph and Twitter card tags and described by a schema.org NewsArticle', async () => {
    const { html } = await page(`/noticias/${bridge.slug}`);
    const image = `${SITE}/noticias/${bridge.slug}/imagenes/1`;
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'og:title')).toEqual(['Inauguramos el puente de Los Naranjos']);
    expect(meta(html, 'og:description')).toEqual(['El puente une Los Naranjos con la cabecera.']);
    expect(meta(html, 'og:url')).toEqual([`${SITE}/noticias/${bridge.slug}`]);
    expect(meta(html, 'og:image')).toEqual([image]);
    expect(meta(html, 'og:image:alt')).toEqual(['El puente nuevo sobre el río, con vecinos cruzándolo']);
    expect(meta(html, 'og:site_name')).toEqual(['Municipio de San Isidro del Valle']);
    expect(meta(html, 'article:published_time')).toEqual(['2026-03-01T03:30:00.000Z']);
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:image')).toEqual([image]);
    expect(meta(html, 'twitter:image:alt')).toEqual(['El puente nuevo sobre el río, con vecinos cruzándolo']);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    // The only script is data: the site runs no JavaScript.
    expect(scripts.map((s) => s[1].trim())).toEqual(['type="application/ld+json"']);
    expect(JSON.parse(scripts[0][2])).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Inauguramos el puente de Los Naranjos',
      url: `${SITE}/noticias/${bridge.slug}`,
      datePublished: '2026-03-01T03:30:00.000Z',
      dateModified: '2026-03-02T15:00:00.000Z',
      image: [image, `${SITE}/noticias/${bridge.slug}/imagenes/2`],
      publisher: { '@type': 'GovernmentOrganization', name: 'Municipio de San Isidro del Valle' },
    });
  });

  it('serves its images from the site’s own address', async () => {
    const res = await fetch(`${site.url}/noticias/${bridge.slug}/imagenes/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    expect((await fetch(`${site.url}/noticias/${bridge.slug}/imagenes/3`)).status).toBe(404);
  });

  it('links a news item of a milestone to its goal, and one of an activity to the public agenda', async () => {
    expect((await page(`/noticias/${fromMilestone.slug}`)).html).toContain(`El hito «Hito de N-PUB» de la meta <a href="/metas/${goal.goal}">N-PUB: Meta N-PUB</a>`);
    expect((await page(`/noticias/${fromActivity.slug}`)).html).toContain(`La actividad de la agenda <a href="/agenda/${activity}">Visita a Isla Palmar</a>`);
  });

  it('keeps a withdrawn item’s page with “Retirada el <fecha>: <motivo>” and nothing of its content', async () => {
    const { status, html } = await page(`/noticias/${withdrawn.slug}`);
    expect(status).toBe(200);
    expect(html).toContain('Retirada el 21 de febrero de 2026: La información sobre el cierre era incorrecta.');
    expect(html).not.toContain('Texto de la noticia retirada');
    expect(html).not.toContain('<img');
    expect(meta(html, 'og:description')).toEqual(['Retirada el 21 de febrero de 2026: La información sobre el cierre era incorrecta.']);
  });

  it('answers 404 for an address that names no news', async () => {
    expect((await page('/noticias/2026-01-01-no-existe')).status).toBe(404);
    expect((await page('/noticias/no-es-una-direccion')).status).toBe(404);
    expect((await fetch(`${site.url}/noticias/${withdrawn.slug}/imagenes/1`)).status).toBe(404);
  });
});

describe('the news on other pages', () => {
  it('shows the latest three on the home page', async () => {
    const { html } = await page('/');
    expect(titlesIn(html)).toEqual([water, bridge, fromMilestone].map((n) => n.slug));
    expect(html).toContain('<a href="/noticias/rss.xml" type="application/rss+xml">');
  });

  it("shows a theme's and a place's news on their pages, with their feeds", async () => {
    const theme = await page('/temas/T-VIALIDAD');
    expect(titlesIn(theme.html)).toEqual([bridge.slug]);
    expect(theme.html).toContain(`<link rel="alternate" type="application/rss+xml" title="Noticias del tema Vialidad y caminos — Municipio de San Isidro del Valle" href="${SITE}/temas/T-VIALIDAD/rss.xml">`);
    expect(theme.html).toContain('<a href="/noticias?tema=T-VIALIDAD">');
    const place = await page('/lugares/C-SI-GUAYABO');
    expect(titlesIn(place.html)).toEqual([water.slug]);
    expect(place.html).toContain(`href="${SITE}/lugares/C-SI-GUAYABO/rss.xml"`);
  });

  it("shows a goal's news, of the goal and of its milestones, on its page", async () => {
    const { html } = await page(`/metas/${goal.goal}`);
    expect(titlesIn(html)).toEqual([bridge.slug, fromMilestone.slug]);
  });
});

describe('the RSS feeds', () => {
  const parser = new Parser();
  const feed = async (path: string) => {
    const res = await fetch(`${site.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    return parser.parseString(await res.text());
  };

  it('gives the latest news as valid RSS 2.0 with canonical links', async () => {
    const xml = await (await fetch(`${site.url}/noticias/rss.xml`)).text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    const parsed = await feed('/noticias/rss.xml');
    expect(parsed.title).toBe('Noticias — Municipio de San Isidro del Valle');
    expect(parsed.link).toBe(`${SITE}/noticias`);
    expect(parsed.language).toBe('es');
    expect(parsed.items.map((i) => i.link)).toEqual([water, bridge, fromMilestone, fromActivity, ...older.slice().reverse()].map((n) => `${SITE}/noticias/${n.slug}`));
    const [first, second] = parsed.items;
    // Special characters survive the XML as what they are.
    expect(first.title).toBe('Agua & saneamiento: <nueva> red en El Guayabo');
    expect(first.guid).toBe(first.link);
    expect(second).toMatchObject({ title: 'Inauguramos el puente de Los Naranjos', content: 'El puente une Los Naranjos con la cabecera.', categories: ['Vialidad y caminos'] });
    expect(new Date(second.pubDate!).toISOString()).toBe('2026-03-01T03:30:00.000Z');
    expect(xml).toContain(`<atom:link href="${SITE}/noticias/rss.xml" rel="self" type="application/rss+xml"/>`);
  });

  it("gives a theme's and a place's news, and 404 for a code that names none", async () => {
    const theme = await feed('/temas/T-VIALIDAD/rss.xml');
    expect(theme.title).toBe('Noticias del tema Vialidad y caminos — Municipio de San Isidro del Valle');
    expect(theme.link).toBe(`${SITE}/temas/T-VIALIDAD`);
    expect(theme.items.map((i) => i.link)).toEqual([`${SITE}/noticias/${bridge.slug}`]);
    const place = await feed('/lugares/C-SI-GUAYABO/rss.xml');
    expect(place.items.map((i) => i.link)).toEqual([`${SITE}/noticias/${water.slug}`]);
    expect((await fetch(`${site.url}/temas/NO-EXISTE/rss.xml`)).status).toBe(404);
    expect((await fetch(`${site.url}/lugares/NO-EXISTE/rss.xml`)).status).toBe(404);
  });
});

describe('open data', () => {
  it('offers noticias.csv and noticias.json on /datos-abiertos', async () => {
    expect((await page('/datos-abiertos')).html).toContain('<a href="/datos-abiertos/noticias.csv" type="text/csv">');
    const json = await fetch(`${site.url}/datos-abiertos/noticias.json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { data: Array<{ slug: string; url: string }> };
    expect(body.data[0]).toMatchObject({ slug: water.slug, url: `${SITE}/noticias/${water.slug}` });
  });
});
