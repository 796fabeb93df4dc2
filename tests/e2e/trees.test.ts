import type { Browser, Page } from 'playwright-core';
import { CMS_URL, launch, PUBLIC_URL, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

/*
 * Places and themes add up (issue 12, item 2), as people meet it: the administrator sees places,
 * themes and areas as trees and walks them with the keyboard; a citizen chooses a district on
 * /metas and sees the goals of its corregimientos.
 */

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ locale: 'es-PA', viewport: { width: 1366, height: 900 } });
});
afterAll(() => browser.close());

const item = (name: string) => page.getByRole('treeitem', { name: new RegExp(`^${name}`) });
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the back office shows places, themes and areas as trees', () => {
  beforeAll(async () => {
    await new BackOffice(page).login('admin');
  });

  it('nests corregimientos under their district, folds them away and walks the tree with the keyboard', async () => {
    await page.goto(`${CMS_URL}/backoffice/#/places`);
    const tree = page.getByRole('tree', { name: 'Árbol de Lugares' });
    await tree.waitFor();
    const district = item('Distrito de San Isidro');
    await expect(district.getAttribute('aria-level')).resolves.toBe('1');
    await expect(district.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(item('Los Algarrobos').getAttribute('aria-level')).resolves.toBe('2');
    await snapshot(page, 'places-tree');

    await district.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[role="treeitem"][aria-expanded="false"]') !== null);
    await expect(item('Los Algarrobos').count()).resolves.toBe(0);
    await page.keyboard.press('ArrowRight');
    await item('Los Algarrobos').waitFor();
    await page.keyboard.press('ArrowDown');
    // The district's first corregimiento, by name.
    expect(await focusedText()).toMatch(/^El Guayabo/);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText()).toMatch(/^Distrito de San Isidro/);

    await page.getByRole('button', { name: 'Plegar todo', exact: true }).click();
    await expect(item('Los Algarrobos').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Desplegar todo', exact: true }).click();
    await item('Los Algarrobos').waitFor();
  });

  it('opens a place with Enter, whose parent selector offers neither itself nor what lies beneath it', async () => {
    await item('Distrito de San Isidro').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toMatch(/^Los Algarrobos/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/places\/[^/]+$/);
    await page.getByRole('combobox', { name: 'Lugar superior' }).click();
    const options = (await page.getByRole('option').allInnerTexts()).map((o) => o.trim());
    expect(options).toContain('Distrito de Valle Alto');
    expect(options).toContain('San Isidro Cabecera');
    // Itself and its neighbourhoods would close a loop.
    for (const name of ['Los Algarrobos', 'Villa Esperanza', 'Nuevo Amanecer']) expect(options).not.toContain(name);
    await page.keyboard.press('Escape');
  });

  it('shows themes under their axis and areas under the office they report to', async () => {
    await page.goto(`${CMS_URL}/backoffice/#/themes`);
    await page.getByRole('tree', { name: 'Árbol de Temas' }).waitFor();
    await expect(item('Ciudad ordenada y segura').getAttribute('aria-level')).resolves.toBe('1');
    await expect(item('Agua potable y saneamiento').getAttribute('aria-level')).resolves.toBe('2');
    await page.goto(`${CMS_URL}/backoffice/#/areas`);
    await page.getByRole('tree', { name: 'Árbol de Áreas' }).waitFor();
    await expect(item('Secretaría General').getAttribute('aria-level')).resolves.toBe('2');
  });
});

describe('a citizen chooses a district on /metas', () => {
  it('sees the goals of its corregimientos, not only the district’s own', async () => {
    await page.goto(`${PUBLIC_URL}/metas`);
    await page.getByLabel('Lugar').selectOption({ label: 'Distrito de San Isidro (Distrito)' });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.waitForURL(/lugar=D-SANISIDRO/);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/4 metas/);
    for (const title of ['Agua potable las 24 horas', 'Recolección de basura', '300 luminarias LED', 'Ventanilla única digital']) expect(text).toContain(title);
    expect(text).not.toContain('Mercado municipal de San Isidro remodelado');
    expect(text).toContain('Un distrito incluye sus corregimientos y barrios');
    await snapshot(page, 'public-goals-district');
  });
});
