import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startApp, type TestApp } from '../helpers/app';

const root = path.resolve(__dirname, '../../..');
let app: TestApp;
let site: ChildProcess;
let siteUrl: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

beforeAll(async () => {
  app = await startApp();
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  site = spawn(process.execPath, ['public-site/server.mjs'], {
    cwd: root,
    // Its pages and the CMS's answers stay fresh one second here (ten by default), so that a change shows soon.
    env: { ...process.env, CMS_URL: app.baseUrl, PUBLIC_PORT: String(port), PUBLIC_HOST: '127.0.0.1', PUBLIC_CACHE_FRESH_SECONDS: '1' },
    stdio: 'ignore',
  });
  await waitFor(`${siteUrl}/salud`);
});
afterAll(async () => {
  site?.kill('SIGTERM');
  await app?.stop();
});

describe('the public home, read from the real CMS', () => {
  it("shows the municipality's name, its themes by eje and its places by district", async () => {
    const res = await fetch(`${siteUrl}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="es"');
    expect(html).toMatch(/<h1[^>]*>\s*Municipio de San Isidro del Valle\s*<\/h1>/);
    const themes = (await app.strapi.db.query('api::theme.theme').findMany({ select: ['name'] })) as Array<{ name: string }>;
    for (const t of themes) expect(html).toContain(t.name);
    const districts = (await app.strapi.db.query('api::place.place').findMany({ where: { kind: 'district' }, select: ['name'] })) as Array<{ name: string }>;
    for (const d of districts) expect(html).toContain(d.name);
    expect(html).not.toContain('<script');
  });

  it('shows a theme added in the back office once its copy of the page is no longer fresh', async () => {
    const admin = await app.client('admin');
    await admin.create('themes', { data: { code: 'T-NUEVO', name: 'Gestión de riesgos', description: 'Prevención de inundaciones' } });
    // A stale copy is served while one refresh runs behind it: a few views, seconds apart at most.
    const deadline = Date.now() + 15_000;
    let html = '';
    while (!html.includes('Gestión de riesgos') && Date.now() < deadline) {
      html = await (await fetch(`${siteUrl}/`)).text();
      if (!html.includes('Gestión de riesgos')) await new Promise((r) => setTimeout(r, 250));
    }
    expect(html).toContain('Gestión de riesgos');
  });

  it('never shows contact data of actors', async () => {
    const html = await (await fetch(`${siteUrl}/`)).text();
    const actor = (await app.strapi.db.query('api::actor.actor').findOne({ where: { email: { $notNull: true } } })) as { email: string; phone: string };
    expect(html).not.toContain(actor.email);
    expect(html).not.toContain(actor.phone);
  });

  it('answers a Spanish 404 for an unknown page', async () => {
    const res = await fetch(`${siteUrl}/no-existe`);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/no (existe|encontr)/i);
  });
});
