import type { Browser, Page } from 'playwright-core';
import { launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ locale: 'es-PA', viewport: { width: 1280, height: 900 } });
});
afterEach(() => page.close());

/** A theme whose name is one character too long: only the server refuses it (`too_long`, max 200). */
async function createThemeWithLongName(bo: BackOffice, menu: RegExp, create: RegExp, save: RegExp) {
  await bo.openMenu(menu);
  await bo.page.getByRole('link', { name: create }).first().click();
  await bo.page.getByRole('textbox', { name: /^(código|code)/i }).fill(`E2E-ERR-${Date.now()}`);
  await bo.page.getByRole('textbox', { name: /^(nombre|name)/i }).fill('x'.repeat(201));
  await bo.page.getByRole('button', { name: save }).click();
}

describe("the server's refusals in the back office's language", () => {
  it('tells a Spanish user, next to the field, in Spanish', async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    await createThemeWithLongName(bo, /temas/i, /crear/i, /guardar/i);
    await page.getByText('Como máximo 200 caracteres').waitFor();
    await snapshot(page, 'server-error-es');
  });

  it('tells an English user, next to the field, in English and without the Spanish words', async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: /themes/i }).first().waitFor();
    await createThemeWithLongName(bo, /themes/i, /create/i, /save/i);
    await page.getByText('At most 200 characters').waitFor();
    expect(await page.getByText('Como máximo 200 caracteres').count()).toBe(0);
    await snapshot(page, 'server-error-en');
  });
});
