import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CMS_URL, launch, PUBLIC_URL, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** axe-core's violations on the page (WCAG 2.1 A and AA); the site's policy runs no script, so the test's context bypasses it. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a citizen finds their district on the map', () => {
  let context: BrowserContext;
  afterEach(() => context?.close());

  it('opens the territory page without JavaScript, sees the map and clicks through to their neighbourhood', async () => {
    context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1100, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${PUBLIC_URL}/`);
    await page.getByRole('link', { name: 'Ver el mapa del territorio' }).click();
    const map = page.getByRole('group', { name: 'Mapa de los lugares de Municipio de San Isidro del Valle' });
    await map.waitFor();
    expect((await map.boundingBox())!.width).toBeGreaterThan(500);
    await snapshot(page, 'map-territory');

    // Each district is a shape that says what it holds.
    const district = page.locator('svg[data-territory-map] a[href="/lugares/D-VALLEALTO"]');
    expect(await district.getAttribute('aria-label')).toMatch(/^Distrito de Valle Alto: [1-9]\d* metas?, [1-9]\d* actividad(es)?$/);
    await district.click();
    await page.waitForURL(/\/lugares\/D-VALLEALTO$/);
    await page.getByRole('heading', { level: 1, name: 'Distrito de Valle Alto' }).waitFor();
    expect(await page.locator('svg[data-territory-map] a[aria-current="page"]').getAttribute('href')).toBe('/lugares/D-VALLEALTO');

    // Inside the district, its corregimientos are on the map; then the neighbourhood.
    await page.locator('svg[data-territory-map] a[href="/lugares/C-VA-NARANJOS"]').click();
    await page.getByRole('heading', { level: 1, name: 'Los Naranjos' }).waitFor();
    await page.locator('svg[data-territory-map] a[href="/lugares/B-VA-LASFLORES"]').click();
    await page.getByRole('heading', { level: 1, name: 'Barrio Las Flores' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Metas de gobierno');
    // Its public activities, as many as its shape on the map said.
    const label = await page.locator('svg[data-territory-map] a[aria-current="page"]').getAttribute('aria-label');
    const activities = Number(label!.match(/(\d+) actividad/)![1]);
    expect(activities).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="proximas"] .activity, section[aria-labelledby="recientes"] .activity').count()).toBe(activities);
    expect(await page.locator('script').count()).toBe(0);
    await snapshot(page, 'map-neighbourhood');
  });

  it('has no accessibility violations on the map pages (axe-core)', async () => {
    context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1100, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/lugares', '/lugares/D-SANISIDRO', '/lugares/B-VA-LASFLORES']) {
      await page.goto(`${PUBLIC_URL}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });
});

describe('an administrator places a place on the back-office map', () => {
  let context: BrowserContext;
  afterEach(() => context?.close());

  type PlaceRecord = { id: string; code: string; geometry: { type: string; coordinates: unknown } | null };
  const open = async (bo: BackOffice, code: string) => {
    const [place] = await bo.api<PlaceRecord[]>(`places?filter=${encodeURIComponent(JSON.stringify({ code }))}`);
    await bo.page.goto(`${CMS_URL}/backoffice/#/places/${place!.id}`);
    const map = bo.page.getByTestId('place-map');
    // Lazily loaded: the map is drawn once Leaflet has come in, with the other places faintly.
    await map.locator('.leaflet-overlay-pane path:not([d="M0 0"])').first().waitFor();
    return { place: place!, map, text: bo.page.getByRole('textbox', { name: 'Geometría (GeoJSON)' }) };
  };

  it('sets a point by clicking the map and saves it', async () => {
    context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1366, height: 900 } });
    const bo = new BackOffice(await context.newPage());
    await bo.login('admin');
    const { place, map, text } = await open(bo, 'O-CERROGUACAMAYA');
    expect(place.geometry).toEqual({ type: 'Point', coordinates: [-80.27, 8.33] });
    await map.locator('.place-map-point').waitFor();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.3, y: box.height * 0.35 } });
    await bo.page.waitForFunction(() => !document.querySelector('textarea')?.value.includes('-80.27,'));
    const drawn = JSON.parse(await text.inputValue()) as { type: string; coordinates: number[] };
    expect(drawn.type).toBe('Point');
    // Up and to the left of where it was.
    expect(drawn.coordinates[0]).toBeLessThan(-80.27);
    expect(drawn.coordinates[1]).toBeGreaterThan(8.33);
    await snapshot(bo.page, 'map-backoffice-point');
    await bo.page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await bo.page.waitForURL(/#\/places\/[^/]+\/show$|#\/places$/);
    const [saved] = await bo.api<PlaceRecord[]>(`places?filter=${encodeURIComponent(JSON.stringify({ code: 'O-CERROGUACAMAYA' }))}`);
    expect(saved!.geometry).toEqual(drawn);
  });

  it('draws a polygon vertex by vertex', async () => {
    context = await browser.newContext({ locale: 'es-PA', viewport: { width: 1366, height: 900 } });
    const bo = new BackOffice(await context.newPage());
    await bo.login('admin');
    const { map, text } = await open(bo, 'O-MERCADO');
    await bo.page.getByRole('button', { name: 'Polígono' }).click();
    const box = (await map.boundingBox())!;
    for (const [x, y] of [[0.4, 0.4], [0.6, 0.4], [0.5, 0.6]]) await map.click({ position: { x: box.width * x!, y: box.height * y! } });
    await bo.page.getByText('3 vértices').waitFor();
    const drawn = JSON.parse(await text.inputValue()) as { type: string; coordinates: number[][][] };
    expect(drawn.type).toBe('Polygon');
    expect(drawn.coordinates[0]).toHaveLength(4);
    expect(drawn.coordinates[0]![3]).toEqual(drawn.coordinates[0]![0]);
    await bo.page.getByRole('button', { name: 'Quitar el último vértice' }).click();
    await bo.page.getByText('2 vértices').waitFor();
    expect(await text.inputValue()).toBe('');
  });
});
