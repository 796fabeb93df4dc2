/**
 * The back office's first screen, measured against the smallest react-admin app there is
 * (tests/e2e/blank-admin: one empty resource and the default login page, built by the same Vite
 * into .tmp/blank-admin by scripts/e2e.ts, served here by a tiny static server): each cold (a new
 * browser context, an empty cache), the JavaScript transferred before the login form is in the
 * page and the time to it from the start of navigation. Then what a person waits for next: the
 * first screen after logging in and a goal's page opened for the first time.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CMS_URL, DEMO_PASSWORD, launch } from './browser';
import { BackOffice } from './pages/BackOffice';

const BLANK_DIR = path.resolve(__dirname, '../../.tmp/blank-admin');
const ROUNDS = 3;
/** The targets: at most this many times the blank app's JavaScript, and its time to the form. */
const MAX_BYTES_RATIO = 1.5;
const MAX_TIME_RATIO = 2;
const GOAL = '300 luminarias LED';

type FirstLoad = {
  /** Milliseconds from the start of navigation to the password field in the page. */
  formMs: number;
  /** JavaScript transferred (headers and body, as sent) before that, and in how many files. */
  jsBytes: number;
  jsFiles: number;
  /** All the JavaScript the login page loads once the network is quiet (what it fetches ahead). */
  allJsBytes: number;
  allJsFiles: number;
};

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves the built blank app as the CMS serves the back office: files as they are, no compression. */
function serveBlankApp(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path.join(BLANK_DIR, urlPath === '/' ? 'index.html' : path.normalize(urlPath));
    if (!file.startsWith(`${BLANK_DIR}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
let blankServer: http.Server;
let blankUrl: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(BLANK_DIR, 'index.html'))) throw new Error('the blank app is not built: run the suite with `npm run test:e2e`');
  blankServer = await serveBlankApp();
  blankUrl = `http://127.0.0.1:${(blankServer.address() as AddressInfo).port}/`;
  browser = await launch();
});
afterAll(async () => {
  await new Promise((resolve) => blankServer?.close(resolve));
  await browser?.close();
});

const newCleanPage = async (): Promise<Page> => {
  // A new context is a new, empty cache: the visit of someone who has never opened the app.
  const context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1280, height: 900 } });
  return context.newPage();
};

async function firstLoad(url: string): Promise<FirstLoad> {
  const page = await newCleanPage();
  try {
    // The moment the form is in the page, from the page's own clock (no polling delay).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('input[type="password"]')) return;
        Object.assign(window, { formShownAt: performance.now() });
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.locator('input[type="password"]').waitFor();
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => {
      const formAt = (window as unknown as { formShownAt: number }).formShownAt;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname.endsWith('.js'));
      const before = scripts.filter((e) => e.responseEnd <= formAt);
      const bytes = (entries: PerformanceResourceTiming[]) => entries.reduce((sum, e) => sum + e.transferSize, 0);
      return { formMs: formAt, jsBytes: bytes(before), jsFiles: before.length, allJsBytes: bytes(scripts), allJsFiles: scripts.length };
    });
  } finally {
    await page.context().close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Time from `act` to `visible` being in view. */
async function timed(act: () => Promise<void>, visible: () => Promise<void>): Promise<number> {
  const start = Date.now();
  await act();
  await visible();
  return Date.now() - start;
}

describe('the first screens of the back office', () => {
  it('shows the login form with little more code, and little later, than a blank react-admin app', async () => {
    const ours: FirstLoad[] = [];
    const blank: FirstLoad[] = [];
    // Alternating, so a busy moment of the machine weighs on both alike.
    for (let round = 0; round < ROUNDS; round++) {
      blank.push(await firstLoad(blankUrl));
      ours.push(await firstLoad(`${CMS_URL}/backoffice/`));
    }
    const summary = (loads: FirstLoad[]) => ({
      formMs: median(loads.map((l) => l.formMs)),
      jsBytes: median(loads.map((l) => l.jsBytes)),
      jsFiles: median(loads.map((l) => l.jsFiles)),
      allJsBytes: median(loads.map((l) => l.allJsBytes)),
      allJsFiles: median(loads.map((l) => l.allJsFiles)),
    });
    const [o, b] = [summary(ours), summary(blank)];
    const bytesRatio = o.jsBytes / b.jsBytes;
    const timeRatio = o.formMs / b.formMs;
    console.log(
      [
        `First load, median of ${ROUNDS} cold visits:`,
        `  blank react-admin: login form at ${b.formMs.toFixed(0)} ms after ${kb(b.jsBytes)} of JS in ${b.jsFiles} files (login page in all: ${kb(b.allJsBytes)}, ${b.allJsFiles} files)`,
        `  back office:       login form at ${o.formMs.toFixed(0)} ms after ${kb(o.jsBytes)} of JS in ${o.jsFiles} files (login page in all: ${kb(o.allJsBytes)}, ${o.allJsFiles} files)`,
        `  ratio: JS before the form ${bytesRatio.toFixed(2)}× (target ≤ ${MAX_BYTES_RATIO}), time to the form ${timeRatio.toFixed(2)}× (target ≤ ${MAX_TIME_RATIO})`,
      ].join('\n'),
    );
    expect(bytesRatio).toBeLessThanOrEqual(MAX_BYTES_RATIO);
    expect(timeRatio).toBeLessThanOrEqual(MAX_TIME_RATIO);
  });

  it("opens the first screen after logging in, and a goal's page the first time, once their code arrives", async () => {
    const page = await newCleanPage();
    const bo = new BackOffice(page);
    await page.goto(`${CMS_URL}/backoffice/#/login`);
    await page.getByLabel(/usuario/i).fill('follow-up@demo.sigobito.org');
    await page.getByRole('textbox', { name: 'Contraseña' }).fill(DEMO_PASSWORD);
    const home = await timed(
      () => page.getByRole('button', { name: /^ingresar$/i }).click(),
      () => page.getByRole('menuitem', { name: 'Metas', exact: true }).waitFor(),
    );
    await bo.openMenu(/^metas$/i);
    const goalRow = page.getByText(GOAL).first();
    await goalRow.waitFor();
    const goalPage = await timed(
      () => goalRow.click(),
      () => page.getByRole('heading', { name: 'Por qué está así' }).waitFor(),
    );
    console.log(`After logging in: the menu in ${home} ms; a goal's page, opened for the first time, in ${goalPage} ms`);
    await page.context().close();
  });
});
