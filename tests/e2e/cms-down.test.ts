import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, launch, snapshot } from './browser';
import { startSpareSystem, type SpareSystem } from './system';

// A system of its own: stopping the CMS must not disturb the other tests. Its site keeps pages
// fresh one second (instead of ten) so that the test need not wait long for them to age.
let system: SpareSystem;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  system = await startSpareSystem({ PUBLIC_CACHE_FRESH_SECONDS: '1' });
  browser = await launch();
  await newVisitor();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const DATED = /^Datos al [a-záéíóúñ]+ \d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d{2}\s?[ap]\.\s?m\./i;

/**
 * A citizen who has not been here before: pages say `public, max-age=60`, so the same browser
 * would show its own copy without asking the site again.
 */
async function newVisitor() {
  await context?.close();
  context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
}

/** Opens a page: its status and its main heading. */
async function open(path: string): Promise<{ status: number; heading: string }> {
  const res = await page.goto(`${system.publicUrl}${path}`);
  return { status: res?.status() ?? 0, heading: (await page.getByRole('heading', { level: 1 }).first().innerText()).trim() };
}

const note = () => page.getByRole('status').filter({ hasText: /^Datos al/ });

describe('the public site with the CMS stopped', () => {
  const seen = new Map<string, string>();

  it('shows the pages a citizen visits while the CMS is up, with no date note', async () => {
    await page.goto(`${system.publicUrl}/metas`);
    const goal = await page.locator('a[href^="/metas/"]').first().getAttribute('href');
    const theme = await page.goto(`${system.publicUrl}/`).then(() => page.locator('a[href^="/temas/"]').first().getAttribute('href'));
    for (const path of ['/', '/metas', goal!, '/agenda', '/noticias', theme!]) {
      const { status, heading } = await open(path);
      expect(status).toBe(200);
      expect(await note().count()).toBe(0);
      seen.set(path, heading);
    }
  });

  it('still serves every one of them, with the date of its data, once the CMS has stopped', async () => {
    await system.cms.stop();
    for (const [path, heading] of seen) {
      // The first view after the copy has aged may still be the copy as it was, refreshed behind;
      // the refresh fails, and from then on the page says how old its data are.
      await eventually(async () => {
        await newVisitor();
        const shown = await open(path);
        expect(shown).toEqual({ status: 200, heading });
        expect(await note().innerText({ timeout: 2_000 })).toMatch(DATED);
      }, 15_000);
    }
    await snapshot(page, 'public-site-cms-down');
  });

  it('answers 503 for a page nobody asked for before: there is nothing to show', async () => {
    const res = await page.goto(`${system.publicUrl}/metas/nunca-vista`);
    expect(res?.status()).toBe(503);
    await page.getByRole('heading', { name: 'Portal no disponible' }).waitFor();
  });

  it('drops the date note once the CMS is back', async () => {
    await system.cms.start();
    await eventually(async () => {
      await newVisitor();
      expect(await open('/metas')).toEqual({ status: 200, heading: seen.get('/metas') });
      expect(await note().count()).toBe(0);
    }, 30_000);
  });
});
