import Parser from 'rss-parser';
import { startApp, type TestApp } from '../helpers/app';
import { addPiece, makeGoal, makeNews, uploadPng, type MadeNews } from '../helpers/news';
import { startSite, type PublicSite } from '../helpers/public-site';

/*
 * Issue 9, "Done when": nothing unpublished reaches a public path. Every communication or piece
 * that is not public news carries a marker (FUGA-…) in its title, summary, body and alt text;
 * every path a citizen or a script can read without logging in is read, and none may show a
 * marker: the public API (the list and its filters, a news item, its images, the theme and
 * place pages' data, open data), Strapi's core REST API (also asked for drafts and everything
 * populated), the public site's pages, its feeds (parsed by a real feed parser) and its open
 * data. The site has no search of its own: its only query is the list's theme and place
 * filter, read here too, with the query parameters a search would try.
 */

const SITE = 'https://transparencia.example';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const MARK = 'FUGA';
let app: TestApp;
let site: PublicSite;
let goal: { goal: string; milestone: string };
/** The news that must not be reachable at all, by kind. */
const hidden: Record<string, MadeNews> = {};
let withdrawn: MadeNews;
let visible: MadeNews;
let uploadUrls: string[] = [];

/** A fixture whose every text carries `FUGA-<what>`: title, summary, body, and an image's alt text. */
const marked = (what: string, image: number) => ({
  title: `${MARK}-${what} título`,
  summary: `${MARK}-${what} resumen`,
  body: `<p>${MARK}-${what} cuerpo</p>`,
  themes: ['T-VIALIDAD'],
  places: ['C-VA-NARANJOS'],
  origin: 'goal' as const,
  goal: goal.goal,
  images: [{ file: image, alt: `${MARK}-${what} imagen` }],
});

const before = process.env.PUBLIC_SITE_URL;

beforeAll(async () => {
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp();
  goal = await makeGoal(app, 'N-PUB', true);
  const image = await uploadPng(app, 'fuga.png');
  const future = new Date(Date.now() + 30 * DAY);

  // A public news item, so that every path has something to show: its other pieces must not leak.
  visible = await makeNews(app, { title: 'Noticia publicada', themes: ['T-VIALIDAD'], places: ['C-VA-NARANJOS'], origin: 'goal', goal: goal.goal, images: [{ file: image, alt: 'Imagen pública' }] });
  await addPiece(app, visible.communication, { channel: 'x', status: 'published', body: `${MARK}-X texto del post`, postedAt: ago(1), images: [{ file: image, alt: `${MARK}-X imagen` }] });
  await addPiece(app, visible.communication, { channel: 'facebook', status: 'published', body: `${MARK}-FACEBOOK texto del post`, postedAt: ago(1) });
  await addPiece(app, visible.communication, { channel: 'facebook', status: 'draft', body: `${MARK}-FACEBOOK-BORRADOR texto` });
  // A newer web version being prepared: the published one stays the news until this one is published.
  await addPiece(app, visible.communication, { channel: 'web', status: 'draft', title: `${MARK}-WEB-BORRADOR título`, summary: `${MARK}-WEB-BORRADOR`, body: `<p>${MARK}-WEB-BORRADOR</p>` });

  hidden.draft = await makeNews(app, { ...marked('BORRADOR', image), communicationStatus: 'in_preparation', pieceStatus: 'draft', postedAt: null });
  hidden.inReview = await makeNews(app, { ...marked('REVISION', image), communicationStatus: 'in_review', pieceStatus: 'draft', postedAt: null });
  hidden.approved = await makeNews(app, { ...marked('APROBADA', image), communicationStatus: 'approved', pieceStatus: 'draft', postedAt: null });
  hidden.scheduled = await makeNews(app, { ...marked('PROGRAMADA', image), communicationStatus: 'approved', pieceStatus: 'scheduled', postedAt: null, scheduledAt: future });
  hidden.sending = await makeNews(app, { ...marked('ENVIANDO', image), communicationStatus: 'approved', pieceStatus: 'sending', postedAt: null });
  hidden.failed = await makeNews(app, { ...marked('FALLIDA', image), communicationStatus: 'approved', pieceStatus: 'failed', postedAt: null });
  // Published, with a date still to come: not news until then.
  hidden.notYetDue = await makeNews(app, { ...marked('FUTURA', image), postedAt: future });
  // A web piece marked published of a communication that is not (an approval voided, a discarded one).
  hidden.unapproved = await makeNews(app, { ...marked('SIN-APROBAR', image), communicationStatus: 'in_review' });
  hidden.discarded = await makeNews(app, { ...marked('DESCARTADA', image), communicationStatus: 'discarded' });
  hidden.identified = await makeNews(app, { ...marked('IDENTIFICADA', image), communicationStatus: 'identified' });
  // Social pieces of a published communication without a web piece: posts, not news.
  hidden.xOnly = await makeNews(app, { ...marked('SOLO-X', image), channel: 'x' });
  hidden.facebookOnly = await makeNews(app, { ...marked('SOLO-FACEBOOK', image), channel: 'facebook' });
  // Published web news without its address (a half-finished publishing).
  await makeNews(app, { ...marked('SIN-DIRECCION', image), noSlug: true });

  withdrawn = await makeNews(app, {
    ...marked('RETIRADA', image),
    title: 'Noticia retirada',
    withdrawnAt: ago(0.5),
    withdrawalReason: 'Contenía un error.',
  });

  const files = (await app.strapi.db.query('plugin::upload.file').findMany({ select: ['url'] })) as Array<{ url: string }>;
  uploadUrls = files.map((f) => f.url);
  site = await startSite(app.baseUrl, { PUBLIC_SITE_URL: SITE });
});
afterAll(async () => {
  site?.stop();
  await app?.stop();
  if (before === undefined) delete process.env.PUBLIC_SITE_URL;
  else process.env.PUBLIC_SITE_URL = before;
});

const cms = async (path: string) => {
  const res = await app.http.get(path);
  return { status: res.status, text: res.text };
};
const onSite = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  return { status: res.status, text: await res.text() };
};
const hiddenSlugs = () => Object.values(hidden).map((n) => n.slug);

/** What a path shows must hold no marker and no hidden news address. */
function expectNothingHidden(path: string, text: string) {
  expect({ path, leaks: [...text.matchAll(new RegExp(`${MARK}-[A-Z-]+`, 'g'))].map((m) => m[0]) }).toEqual({ path, leaks: [] });
  for (const slug of hiddenSlugs()) expect({ path, contains: text.includes(slug) ? slug : null }).toEqual({ path, contains: null });
}

describe('the public API', () => {
  it('lists only the published news, whatever the filter or a search parameter says', async () => {
    for (const query of [
      '',
      '?pageSize=50',
      '?theme=T-VIALIDAD&pageSize=50',
      '?place=C-VA-NARANJOS&pageSize=50',
      `?goal=${goal.goal}&pageSize=50`,
      `?q=${MARK}`,
      `?search=${MARK}`,
      `?filters[title][$contains]=${MARK}`,
      '?status=draft',
      '?publicationState=preview',
      '?populate=*',
    ]) {
      const { status, text } = await cms(`/api/public/news${query}`);
      expect({ query, status }).toEqual({ query, status: 200 });
      expectNothingHidden(`/api/public/news${query}`, text);
      expect(JSON.parse(text).data.map((n: { slug: string }) => n.slug)).toEqual([visible.slug]);
    }
  });

  it('has no page and no image for any news that is not public', async () => {
    for (const slug of hiddenSlugs()) {
      expect({ slug, status: (await cms(`/api/public/news/${slug}`)).status }).toEqual({ slug, status: 404 });
      expect({ slug, status: (await cms(`/api/public/news/${slug}/images/1`)).status }).toEqual({ slug, status: 404 });
    }
  });

  it("shows a public item's web piece only, never its social posts or its draft web version", async () => {
    const { status, text } = await cms(`/api/public/news/${visible.slug}`);
    expect(status).toBe(200);
    expectNothingHidden(visible.slug, text);
    expect(JSON.parse(text).data).toMatchObject({ title: 'Noticia publicada', images: [{ n: 1, alt: 'Imagen pública' }] });
  });

  it("keeps a withdrawn item's notice and nothing of its content, nor its image", async () => {
    const { status, text } = await cms(`/api/public/news/${withdrawn.slug}`);
    expect(status).toBe(200);
    expectNothingHidden(withdrawn.slug, text);
    expect(JSON.parse(text).data.withdrawn.reason).toBe('Contenía un error.');
    expect((await cms(`/api/public/news/${withdrawn.slug}/images/1`)).status).toBe(404);
  });

  it('gives no hidden news to the theme and place pages, the goals, the agenda or open data', async () => {
    for (const path of [
      '/api/public/proximity/themes/T-VIALIDAD',
      '/api/public/proximity/places/C-VA-NARANJOS',
      '/api/public/goals',
      `/api/public/goals/${goal.goal}`,
      '/api/public/agenda',
      '/api/public/open-data/noticias.csv',
      '/api/public/open-data/noticias.json',
      '/api/public/open-data/goals.csv',
    ]) {
      const { status, text } = await cms(path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expectNothingHidden(path, text);
    }
    expect((await cms('/api/public/open-data/noticias.json')).text).not.toContain(withdrawn.slug);
  });
});

describe("Strapi's core REST API", () => {
  it('has no route to communications or pieces, also asked for drafts or everything populated', async () => {
    const { communication, piece } = hidden.draft;
    for (const path of [
      '/api/communications',
      '/api/communications?status=draft',
      '/api/communications?populate=*',
      '/api/communications?publicationState=preview',
      `/api/communications/${communication}`,
      `/api/communications/${communication}?status=draft`,
      '/api/pieces',
      '/api/pieces?status=draft',
      '/api/pieces?populate=*',
      `/api/pieces/${piece}`,
      `/api/pieces/${piece}?status=draft&populate=*`,
      '/api/communication',
      '/api/piece',
    ]) {
      const { status, text } = await cms(path);
      expect({ path, status }).toEqual({ path, status: 404 });
      expectNothingHidden(path, text);
    }
  });

  it('reaches no communication through the themes, places or settings the site reads, even populated', async () => {
    for (const path of ['/api/themes?populate=*', '/api/places?populate=*', '/api/themes?populate[0]=communications', '/api/setting?populate=*', '/api/themes?status=draft&populate=*']) {
      const { text } = await cms(path);
      expectNothingHidden(path, text);
    }
  });

  it("serves no piece's image at its bare upload address, nor lists the files", async () => {
    expect(uploadUrls.length).toBeGreaterThan(0);
    for (const url of uploadUrls) expect({ url, status: (await cms(url)).status }).toEqual({ url, status: 403 });
    expect((await cms('/api/upload/files')).status).toBe(404);
  });
});

describe('the public site', () => {
  it('shows no hidden news on its pages', async () => {
    for (const path of [
      '/',
      '/noticias',
      '/noticias?tema=T-VIALIDAD',
      '/noticias?lugar=C-VA-NARANJOS',
      `/noticias?q=${MARK}`,
      '/temas/T-VIALIDAD',
      '/lugares/C-VA-NARANJOS',
      `/metas/${goal.goal}`,
      `/noticias/${visible.slug}`,
      `/noticias/${withdrawn.slug}`,
    ]) {
      const { status, text } = await onSite(path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expectNothingHidden(path, text);
    }
  });

  it('has no page and no image for any news that is not public, nor a withdrawn image', async () => {
    for (const slug of hiddenSlugs()) {
      expect({ slug, status: (await onSite(`/noticias/${slug}`)).status }).toEqual({ slug, status: 404 });
      expect({ slug, status: (await onSite(`/noticias/${slug}/imagenes/1`)).status }).toEqual({ slug, status: 404 });
    }
    expect((await onSite(`/noticias/${withdrawn.slug}/imagenes/1`)).status).toBe(404);
  });

  it('puts only public news in its feeds, as a real feed parser reads them', async () => {
    const parser = new Parser();
    for (const path of ['/noticias/rss.xml', '/temas/T-VIALIDAD/rss.xml', '/lugares/C-VA-NARANJOS/rss.xml']) {
      const { status, text } = await onSite(path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expectNothingHidden(path, text);
      const feed = await parser.parseString(text);
      expect({ path, links: feed.items.map((i) => i.link) }).toEqual({ path, links: [`${SITE}/noticias/${visible.slug}`] });
    }
  });

  it('publishes only public news as open data', async () => {
    for (const file of ['noticias.csv', 'noticias.json']) {
      const { status, text } = await onSite(`/datos-abiertos/${file}`);
      expect(status).toBe(200);
      expectNothingHidden(file, text);
      expect(text).toContain(visible.slug);
      expect(text).not.toContain(withdrawn.slug);
    }
  });
});
