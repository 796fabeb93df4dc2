/* Issue 7, findings 1, 4 and 8 (part): what the CMS and the public site answer at their edge.
   Strapi's admin API is closed to everyone; rate limits count real clients whatever
   X-Forwarded-For says, with no proxy trusted and with one; CORS, headers, favicon; a form
   token serves once. Two real Strapi instances (one per proxy mode), each with the built
   public site in front. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { startApp, type TestApp } from '../integration/helpers/app';
import { CMS_DIST, loadCms } from '../../scripts/lib/cms';

const root = path.resolve(__dirname, '../..');

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One HTTP call from a chosen local address (127.0.0.x), so that tests can be different clients. */
function call(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, localAddress: opts.from }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

async function startSite(cmsUrl: string, env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['public-site/server.mjs'], {
    cwd: root,
    env: { ...process.env, ...env, CMS_URL: cmsUrl, PUBLIC_PORT: String(port), PUBLIC_HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await call(`${url}/salud`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the public site did not start');
}

/** A form token as the CMS signs it, for a form shown a minute ago (a person's pace). */
const formToken = (): string => {
  const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
  return require(path.join(CMS_DIST, 'src/modules/agenda/form-token')).issueFormToken(Date.now() - 60_000, formSecret());
};
const signRelayed = (address: string, secret: string): string => require(path.join(CMS_DIST, 'src/edge/relay')).signRelayedClient(address, Date.now(), secret);
const resetFormLimit = () => require(path.join(CMS_DIST, 'src/api/public/controllers/public')).requestLimiter.reset();

const form = (over: Record<string, string> = {}) => ({
  kind: 'audience',
  subject: 'Alumbrado en la calle 3',
  description: 'Las lámparas de la calle 3 llevan un mes apagadas.',
  name: 'Marta Ríos',
  email: 'marta@example.org',
  phone: '',
  website: '',
  formToken: formToken(),
  ...over,
});

/** A citizen's request posted directly to the CMS's public API. */
const postToCms = (app: TestApp, headers: Record<string, string> = {}, from = '127.0.0.1', body = form()) =>
  call(`${app.baseUrl}/api/public/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body), from });

/** A citizen's request posted through the public site's form. */
const postToSite = (siteUrl: string, headers: Record<string, string> = {}, from = '127.0.0.1') =>
  call(`${siteUrl}/solicitudes/nueva`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form()).toString(), from });

const login = (app: TestApp, headers: Record<string, string>, from: string) =>
  call(`${app.baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ identifier: 'staff@demo.sigobito.org', password: 'not-the-password' }),
    from,
  });

const statuses = async (n: number, send: (i: number) => Promise<Answer>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send(i)).status);
  return out;
};

const SECRET = 'test-site-relay-secret-00';
const LOGIN_LIMIT = 3;
const saved = { ...process.env };
const restoreEnv = () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
};

describe('with no proxy trusted (TRUST_PROXY=0)', () => {
  let app: TestApp;
  let site: { url: string; stop: () => void };

  beforeAll(async () => {
    Object.assign(process.env, { TRUST_PROXY: '0', LOGIN_RATE_LIMIT: String(LOGIN_LIMIT), PUBLIC_SITE_URL: 'https://transparencia.municipio.example', CORS_ORIGINS: 'http://localhost:5173' });
    app = await startApp();
    site = await startSite(app.baseUrl, { TRUST_PROXY: '0' });
  });
  afterAll(async () => {
    site?.stop();
    await app?.stop();
    restoreEnv();
  });
  beforeEach(resetFormLimit);

  describe("Strapi's admin", () => {
    const closed: Array<[string, string]> = [
      ['GET', '/admin/init'],
      ['POST', '/admin/register-admin'],
      ['POST', '/admin/login'],
      ['GET', '/admin/users'],
      ['GET', '/content-manager/collection-types/api::activity.activity'],
      ['GET', '/content-type-builder/content-types'],
      ['GET', '/upload/files'],
      ['GET', '/users-permissions/roles'],
      ['GET', '/i18n/locales'],
      ['GET', '/email/settings'],
      ['GET', '/ADMIN/init'],
      ['GET', '/%61dmin/init'],
      ['GET', '/api/upload/files'],
      ['GET', '/api/users'],
      ['GET', '/api/users/me'],
      ['GET', '/api/users-permissions/roles'],
      ['GET', '/api/i18n/locales'],
      ['GET', '/api/connect/github'],
      ['POST', '/api/auth/local/register'],
      ['POST', '/api/auth/forgot-password'],
    ];

    it('answers 404 and no data to every caller, anonymous or logged in, on every admin and plugin route', async () => {
      const jwt = await app.login('admin');
      for (const auth of [null, `Bearer ${jwt}`]) {
        for (const [method, url] of closed) {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          if (auth) headers.Authorization = auth;
          const res = await call(`${app.baseUrl}${url}`, {
            method,
            headers,
            body: method === 'POST' ? JSON.stringify({ email: 'intruso@example.org', password: 'Intruso-2026-largo', firstname: 'In', lastname: 'Truso', username: 'intruso' }) : undefined,
          });
          expect([method, url, auth ? 'logged in' : 'anonymous', res.status]).toEqual([method, url, auth ? 'logged in' : 'anonymous', 404]);
          expect(res.text).not.toMatch(/hasAdmin|"token"|jwt|documentId|api::|"roles"|"results"/);
        }
      }
    });

    it("answers exactly as for a route that does not exist, so nothing tells Strapi's routes apart", async () => {
      const missing = await app.http.get('/api/public/no-such-route');
      expect(missing.status).toBe(404);
      for (const url of ['/admin/init', '/content-manager/collection-types/api::activity.activity', '/favicon.ico']) {
        const res = await app.http.get(url);
        expect([url, res.status, res.text]).toEqual([url, 404, missing.text]);
      }
    });

    it('never gets a Strapi admin user, even after someone tries to register one', async () => {
      await call(`${app.baseUrl}/admin/register-admin`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'intruso@example.org', password: 'Intruso-2026-largo', firstname: 'In', lastname: 'Truso' }),
      });
      expect(await app.strapi.db.query('admin::user').count()).toBe(0);
    });

    it("leaves SIGOBito's own routes open: login, back-office API, public API, health", async () => {
      const jwt = await app.login('admin');
      expect((await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${jwt}`)).status).toBe(200);
      expect((await app.http.get('/api/public/agenda')).status).toBe(200);
      expect((await app.http.get('/api/setting')).status).toBe(200);
      expect((await app.http.get('/_health')).status).toBe(204);
    });
  });

  describe("the CMS's answers", () => {
    it('do not say they come from Strapi, and /favicon.ico is a plain 404, never a 500', async () => {
      const res = await app.http.get('/api/public/agenda');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const icon = await app.http.get('/favicon.ico');
      expect(icon.status).toBe(404);
      expect(icon.headers['x-powered-by']).toBeUndefined();
    });

    it("let the back office's pages connect only to their own origin (CSP)", async () => {
      for (const url of ['/backoffice/', '/api/public/agenda']) {
        const csp = String((await app.http.get(url)).headers['content-security-policy']);
        expect(csp.split(';')).toContain("connect-src 'self'");
        expect(csp).not.toMatch(/https:|strapi\.io/);
      }
    });

    it('allow cross-origin calls only from the configured origins, never from null or others', async () => {
      const from = async (origin: string) => (await app.http.get('/api/public/agenda').set('Origin', origin)).headers['access-control-allow-origin'];
      expect(await from('https://transparencia.municipio.example')).toBe('https://transparencia.municipio.example');
      expect(await from('http://localhost:5173')).toBe('http://localhost:5173');
      expect(await from('https://evil.example')).toBeUndefined();
      expect(await from('null')).toBeUndefined();
      const preflight = await app.http.options('/api/backoffice/me').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    });
  });

  describe('the public request form', () => {
    it('takes each form token once: a replayed token is refused and registers nothing', async () => {
      const body = form();
      expect((await postToCms(app, {}, '127.0.0.1', body)).status).toBe(201);
      const before = await app.strapi.db.query('api::request.request').count();
      const replay = await postToCms(app, {}, '127.0.0.1', { ...body, subject: 'Otra solicitud con el mismo formulario' });
      expect(replay.status).toBe(400);
      expect(JSON.parse(replay.text).errors.form).toMatch(/ya fue enviado/);
      expect(await app.strapi.db.query('api::request.request').count()).toBe(before);
    });

    it('takes a token once even when two copies arrive at the same moment', async () => {
      const body = form();
      const both = await Promise.all([postToCms(app, {}, '127.0.0.1', body), postToCms(app, {}, '127.0.0.1', body)]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    });
  });

  describe('rate limits', () => {
    it('a forged X-Forwarded-For sent to the CMS does not buy new form attempts', async () => {
      const got = await statuses(6, (i) => postToCms(app, { 'X-Forwarded-For': `203.0.113.${i + 1}` }, '127.0.0.2'));
      expect(got).toEqual([201, 201, 201, 201, 201, 429]);
    });

    it('a forged X-Forwarded-For does not buy new login attempts', async () => {
      const got = await statuses(LOGIN_LIMIT + 1, (i) => login(app, { 'X-Forwarded-For': `203.0.113.${i + 1}` }, '127.0.0.3'));
      expect(got.slice(0, LOGIN_LIMIT).every((s) => s === 400)).toBe(true);
      expect(got[LOGIN_LIMIT]).toBe(429);
    });

    it("a made-up relay header (the site's signed address) is ignored", async () => {
      const forged = (i: number) => ({ 'X-Sigobito-Client': signRelayed(`198.51.100.${i + 1}`, 'not-the-shared-secret-000') });
      expect(await statuses(6, (i) => postToCms(app, forged(i), '127.0.0.4'))).toEqual([201, 201, 201, 201, 201, 429]);
      const stale = `v1;198.51.100.99;${Math.floor(Date.now() / 1000) - 3600};${signRelayed('198.51.100.99', SECRET).split(';')[3]}`;
      expect((await postToCms(app, { 'X-Sigobito-Client': stale }, '127.0.0.4')).status).toBe(429);
    });

    it('visitors of the public site get a bucket each, and a forged X-Forwarded-For buys them nothing', async () => {
      const visitorA = await statuses(6, (i) => postToSite(site.url, { 'X-Forwarded-For': `203.0.113.${i + 1}` }, '127.0.0.5'));
      expect(visitorA).toEqual([201, 201, 201, 201, 201, 429]);
      expect((await postToSite(site.url, {}, '127.0.0.6')).status).toBe(201);
    });

    it('a visitor cannot pass the signed address header through the site', async () => {
      for (let i = 0; i < 5; i++) expect((await postToSite(site.url, {}, '127.0.0.7')).status).toBe(201);
      const own = { 'X-Sigobito-Client': signRelayed('198.51.100.77', SECRET) };
      expect((await postToSite(site.url, own, '127.0.0.7')).status).toBe(429);
    });
  });

  describe("the public site's answers", () => {
    const expected = {
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    };

    it('carry a content security policy, no framing, nosniff and a referrer policy on pages, files and errors', async () => {
      for (const url of ['/', '/solicitudes/nueva', '/favicon.svg', '/robots.txt', '/no-existe', '/favicon.ico']) {
        const res = await call(`${site.url}${url}`);
        expect([url, res.status < 500]).toEqual([url, true]);
        expect(res.headers).toMatchObject(expected);
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("form-action 'self'");
        expect(csp).not.toMatch(/script-src/);
      }
    });

    it('need nothing the policy forbids: no scripts, no resources from elsewhere', async () => {
      for (const url of ['/', '/agenda', '/metas', '/solicitudes/nueva', '/datos-abiertos']) {
        const html = (await call(`${site.url}${url}`)).text;
        expect(html).not.toMatch(/<script|<iframe|<object|<embed/i);
        // A canonical address or a feed announced (`rel="canonical"`, `rel="alternate"`) is a link, not a resource the page loads.
        const loaded = html.replace(/<link rel="(canonical|alternate)"[^>]*>/gi, '');
        expect(loaded).not.toMatch(/<(img|link|source)[^>]+(src|href)="(https?:)?\/\//i);
        expect(html).not.toMatch(/\son[a-z]+=/i);
      }
    });
  });

  describe('after a restart of the CMS', () => {
    it('still refuses a form token used before it', async () => {
      const body = form();
      expect((await postToCms(app, {}, '127.0.0.8', body)).status).toBe(201);
      site.stop();
      await app.stop();
      const strapi = await loadCms();
      try {
        await strapi.server.mount();
        const again = await request(strapi.server.httpServer).post('/api/public/requests').send({ ...body, subject: 'La misma, después de reiniciar' });
        expect(again.status).toBe(400);
        expect(again.body.errors.form).toMatch(/ya fue enviado/);
      } finally {
        await strapi.destroy();
        app = undefined as unknown as TestApp;
        site = undefined as unknown as { url: string; stop: () => void };
      }
    });
  });
});

describe('behind one proxy (TRUST_PROXY=1), which overwrites X-Forwarded-For', () => {
  let app: TestApp;
  let site: { url: string; stop: () => void };

  beforeAll(async () => {
    Object.assign(process.env, { TRUST_PROXY: '1', LOGIN_RATE_LIMIT: String(LOGIN_LIMIT) });
    app = await startApp();
    site = await startSite(app.baseUrl, { TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    site?.stop();
    await app?.stop();
    restoreEnv();
  });
  beforeEach(resetFormLimit);

  // The test plays the proxy: it writes the address it saw as the last X-Forwarded-For entry.
  // Whatever a client wrote before that is what a proxy that appends would leave in front.

  it('counts form attempts by the address the proxy saw, not by what the client wrote', async () => {
    const got = await statuses(6, (i) => postToCms(app, { 'X-Forwarded-For': `203.0.113.${i + 1}, 198.51.100.10` }));
    expect(got).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await postToCms(app, { 'X-Forwarded-For': '198.51.100.11' })).status).toBe(201);
  });

  it('counts login attempts by the address the proxy saw', async () => {
    const got = await statuses(LOGIN_LIMIT + 1, (i) => login(app, { 'X-Forwarded-For': `203.0.113.${i + 1}, 198.51.100.12` }, '127.0.0.1'));
    expect(got[LOGIN_LIMIT]).toBe(429);
    expect((await login(app, { 'X-Forwarded-For': '198.51.100.13' }, '127.0.0.1')).status).toBe(400);
  });

  it("gives the site's visitors a bucket each, by the address the site's proxy saw", async () => {
    const visitorA = await statuses(6, (i) => postToSite(site.url, { 'X-Forwarded-For': `203.0.113.${i + 1}, 198.51.100.20` }));
    expect(visitorA).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await postToSite(site.url, { 'X-Forwarded-For': '198.51.100.21' })).status).toBe(201);
  });

  it('ignores a made-up relay header', async () => {
    const forged = (i: number) => ({ 'X-Forwarded-For': '198.51.100.30', 'X-Sigobito-Client': signRelayed(`192.0.2.${i + 1}`, 'not-the-shared-secret-000') });
    expect(await statuses(6, (i) => postToCms(app, forged(i)))).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
