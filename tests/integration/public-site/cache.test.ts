import http from 'node:http';
import zlib from 'node:zlib';
import { startApp, type TestApp } from '../helpers/app';
import { startSite, type PublicSite } from '../helpers/public-site';

let app: TestApp;
let site: PublicSite;

beforeAll(async () => {
  app = await startApp();
  // Fresh for ten minutes: on a loaded machine the default ten seconds could pass mid-test, and a
  // refresh would then ask the CMS, which the tests below count.
  site = await startSite(app.baseUrl, { PUBLIC_CACHE_FRESH_SECONDS: '600' });
});
afterAll(async () => {
  site?.stop();
  await app?.stop();
});

/**
 * At most this many SQL statements for all the CMS calls a page makes when the site has no copy:
 * settings, themes and places in one call (5), the goals with their health (up to 10), the week's
 * agenda and the latest news (2 each). Strapi's content API took about 30 for /metas alone.
 */
const PAGE_STATEMENTS = 20;

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET as sent, its bytes as received (fetch would decompress them and hide the encoding). */
const raw = (path: string, headers: Record<string, string> = {}, base = site.url) =>
  new Promise<Raw>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });

const decode = (r: Raw) =>
  (r.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body).toString('utf8');

/** The SQL statements the CMS's database receives while `fn` runs. */
async function statements(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (q: { sql: string }) => seen.push(q.sql);
  app.strapi.db.connection.on('query', listener);
  try {
    await fn();
  } finally {
    app.strapi.db.connection.removeListener('query', listener);
  }
  return seen;
}

describe('the public site compresses what it sends', () => {
  it.each([
    ['br', 'gzip, deflate, br'],
    ['gzip', 'gzip, deflate'],
  ])('sends the home page in %s to a browser that takes it, and says the answer varies with Accept-Encoding', async (encoding, accept) => {
    const res = await raw('/', { 'Accept-Encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const html = decode(res);
    expect(html).toMatch(/<h1[^>]*>\s*Municipio de San Isidro del Valle\s*<\/h1>/);
    expect(res.body.length).toBeLessThan(html.length / 3);
  });

  it('sends it as is to a client that asks for no encoding, still with Vary', async () => {
    const res = await raw('/', { 'Accept-Encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.toString('utf8')).toContain('</html>');
    // Refused with q=0: not sent that way.
    expect((await raw('/', { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('compresses the feeds and the open data files (JSON), not only pages', async () => {
    const feed = await raw('/noticias/rss.xml', { 'Accept-Encoding': 'gzip' });
    expect(feed.headers['content-encoding']).toBe('gzip');
    expect(decode(feed)).toContain('<rss');
    const json = await raw('/datos-abiertos/goals.json', { 'Accept-Encoding': 'gzip' });
    expect(json.status).toBe(200);
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(json.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(decode(json))).toEqual(expect.any(Object));
  });
});

describe('the public site keeps what the CMS publishes', () => {
  it.each(['/metas', '/'])('a first view of %s costs the CMS a handful of SQL statements', async (path) => {
    const cold = await startSite(app.baseUrl);
    try {
      const sql = await statements(() => raw(path, {}, cold.url));
      expect(sql.length).toBeLessThanOrEqual(PAGE_STATEMENTS);
    } finally {
      cold.stop();
    }
  });

  it('answers a second view of /metas and of the home page without a single SQL statement in the CMS', async () => {
    await raw('/metas');
    await raw('/');
    const again = await statements(async () => {
      for (let i = 0; i < 20; i++) await Promise.all([raw('/metas'), raw('/')]);
    });
    expect(again).toEqual([]);
  });

  it("gives the site the settings it shows and nothing else of them: no rules, no approvers", async () => {
    const res = await fetch(`${app.baseUrl}/api/public/site`);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { settings: Record<string, unknown>; themes: unknown[]; places: unknown[] } };
    expect(Object.keys(data.settings).sort()).toEqual(['contactEmail', 'documentId', 'mapTileAttribution', 'mapTileUrl', 'mayorTitle', 'municipalityName', 'requestAnswerDays', 'shortName', 'timeZone', 'website']);
    expect(data.themes.length).toBeGreaterThan(0);
    expect(data.places.length).toBeGreaterThan(0);
  });

  it('never shares a visitor’s request form: each view gets its own form token', async () => {
    const tokenOf = async () => /name="formToken" value="([^"]+)"/.exec(decode(await raw('/solicitudes/nueva', { 'Accept-Encoding': 'gzip' })))?.[1];
    const [a, b] = [await tokenOf(), await tokenOf()];
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(a).not.toBe(b);
    const res = await raw('/solicitudes/nueva');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('never keeps an answer to a POST: two different requests get two different answers', async () => {
    const post = (subject: string) =>
      fetch(`${site.url}/solicitudes/nueva`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.url },
        body: new URLSearchParams({ kind: 'audience', subject, name: '', email: '' }).toString(),
      }).then((r) => r.text());
    const [first, second] = [await post('Primera'), await post('Segunda')];
    expect(first).toContain('Primera');
    expect(second).toContain('Segunda');
    expect(second).not.toContain('Primera');
  });
});
