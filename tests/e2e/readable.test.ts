import fs from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
const stamp = Date.now().toString().slice(-6);
/** What a document id looks like: an export or a history that shows one has failed its reader. */
const ID = /^[a-z0-9]{24}$/;
const GOAL = '300 luminarias LED';
const GOAL_MANAGER = 'Itzel Marisol Caballero Vega';

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function as(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'es-PA', acceptDownloads: true });
  const page = await context.newPage();
  await new BackOffice(page).login(role);
  return { context, page };
}

/**
 * The downloaded file as Excel or LibreOffice set to the language opens it: UTF-8 because of
 * the byte-order mark, cut into cells at the language's separator.
 */
function asSpreadsheet(bytes: Buffer, separator: ';' | ','): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter: separator, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const download = async (page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: fs.readFileSync((await file.path())!) };
};

/** The headers of the list's table, as the screen shows them (the selection column has none). */
const screenHeaders = async (page: Page) => (await page.locator('thead th').allInnerTexts()).map((text) => text.trim()).filter(Boolean);

describe('exports a spreadsheet reads as the screen shows them', () => {
  it('the agenda officer exports the tasks: the columns of the screen, kinds and lights by label, people by name, days as dd/mm/aaaa, for a Spanish spreadsheet', async () => {
    const { context, page } = await as('agenda');
    await page.getByRole('menuitem', { name: 'Tareas', exact: true }).click();
    await page.locator('tbody tr').first().waitFor();
    const headers = await screenHeaders(page);
    const allHeaders = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim());
    const firstTitle = (await page.locator('tbody tr').first().locator('td').nth(allHeaders.indexOf('Título')).innerText()).trim();

    const { file, bytes } = await download(page, () => page.getByRole('button', { name: 'Exportar' }).click());
    expect(file.suggestedFilename()).toBe('tareas.csv');
    const [header, ...rows] = asSpreadsheet(bytes, ';');
    expect(header).toEqual(headers);
    expect(rows.length).toBeGreaterThan(5);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    expect(column('Título')[0]).toBe(firstTitle);
    expect(column('Tipo')).toContain('Compromiso');
    expect(column('Tipo').every((kind) => ['Instrucción', 'Encargo', 'Compromiso'].includes(kind))).toBe(true);
    expect(column('Semáforo').every((light) => ['A tiempo', 'Por vencer', 'Vencida', 'Cumplida', 'Cancelada'].includes(light))).toBe(true);
    expect(column('Responsable')).toContain('Luis Fernando Ábrego Serrano');
    expect(column('Fecha límite').filter(Boolean).every((day) => /^\d{2}\/\d{2}\/\d{4}$/.test(day))).toBe(true);
    expect(rows.flat().filter((cell) => ID.test(cell))).toEqual([]);
    await context.close();
  });

  it('in English, the same list is a file for an English spreadsheet: English headers and labels, commas', async () => {
    const { context, page } = await as('agenda');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Tasks', exact: true }).click();
    await page.locator('tbody tr').first().waitFor();
    const headers = await screenHeaders(page);
    const { bytes } = await download(page, () => page.getByRole('button', { name: 'Export' }).click());
    const [header, ...rows] = asSpreadsheet(bytes, ',');
    expect(header).toEqual(headers);
    expect(rows.map((row) => row[header.indexOf('Kind')]).every((kind) => ['Instruction', 'Errand', 'Commitment'].includes(kind))).toBe(true);
    expect(rows.map((row) => row[header.indexOf('Due date')]).filter(Boolean).every((day) => /^\d{2}\/\d{2}\/\d{4}$/.test(day))).toBe(true);
    await context.close();
  });
});

describe('a history people can read', () => {
  it("the mayor reads a goal's history: the manager by name, the status by its label, never an id", async () => {
    const { context, page } = await as('mayor');
    await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('button', { name: 'Historial de cambios' }).click();
    const history = page.getByRole('list', { name: 'Historial de cambios' });
    await history.getByText(`Gerente de la meta:`).first().waitFor();
    const text = await history.innerText();
    expect(text).toMatch(new RegExp(`Gerente de la meta:\\s*\\(vacío\\)\\s*→\\s*${GOAL_MANAGER}`));
    expect(text).toMatch(/Estado:\s*\(vacío\)\s*→\s*En ejecución/);
    expect(text.split(/\s+/).filter((word) => ID.test(word))).toEqual([]);
    await snapshot(page, 'readable-history');
    await context.close();
  });
});

describe('an import in Spanish', () => {
  it('the administrator loads actors from a file with Spanish columns and kinds, told in correct Spanish what is wrong', async () => {
    const { context, page } = await as('admin');
    await page.getByRole('menuitem', { name: 'Importar CSV' }).click();
    await page.getByRole('radio', { name: 'Actores' }).check();
    const file = (lines: string[]) => ({ name: 'actores.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}`) });
    const header = 'Código;Nombre;Tipo;Organización';
    await page.getByLabel('Archivo CSV').setInputFiles(file([header, `ACT-R${stamp}1;Junta de Vecinos ${stamp};institución;`, `ACT-R${stamp}2;Ana ${stamp};alienígena;`]));
    await page.getByRole('status').filter({ hasText: 'El archivo tiene 1 error en 1 línea.' }).waitFor();
    await page.getByRole('cell', { name: 'Tipo', exact: true }).waitFor();

    await page.getByLabel('Archivo CSV').setInputFiles(file([header, `ACT-R${stamp}1;Junta de Vecinos ${stamp};institución;`, `ACT-R${stamp}2;Ana ${stamp};persona;`]));
    await page.getByRole('status').filter({ hasText: 'Archivo revisado: 2 líneas, 2 válidas (2 por crear y 0 por actualizar).' }).waitFor();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Importación terminada: 2 registros creados y 0 actualizados, de 2 líneas.' }).waitFor();
    await snapshot(page, 'readable-import');
    await context.close();
  });
});
