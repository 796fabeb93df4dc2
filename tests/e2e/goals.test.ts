import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
const RESTRICTION = `Permiso ambiental pendiente ${Date.now().toString().slice(-6)}`;
const GOAL = '300 luminarias LED';

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function as(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'es-PA' });
  const page = await context.newPage();
  await new BackOffice(page).login(role);
  return { context, page };
}

async function openRestrictionsOnDashboard(page: Page): Promise<number> {
  await page.getByRole('heading', { name: 'Tablero', level: 1 }).waitFor();
  const tile = page.getByRole('link', { name: /restricciones abiertas/ });
  await tile.waitFor();
  return Number((await tile.innerText()).match(/\d+/)![0]);
}

describe('goals, as a manager, the follow-up officer and the mayor use them', () => {
  let before: number;

  it("the mayor's dashboard shows the open restrictions", async () => {
    const { context, page } = await as('mayor');
    before = await openRestrictionsOnDashboard(page);
    await context.close();
  });

  it('the goal manager opens Mis metas, marks a milestone done, reports progress and raises a restriction', async () => {
    const { context, page } = await as('goal-manager');
    await page.getByRole('menuitem', { name: 'Mis metas' }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('heading', { name: 'Por qué está así' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Fase 2: 100 luminarias' });
    await row.getByRole('button', { name: 'Marcar cumplido' }).click();
    await page.getByText('marcado como cumplido').waitFor();
    await page.getByRole('spinbutton', { name: 'Avance (%)' }).fill('80');
    await page.getByRole('textbox', { name: 'Qué se hizo' }).fill('Fase 2 instalada y verificada con las juntas comunales.');
    await page.getByRole('button', { name: 'Registrar avance' }).click();
    await page.getByText('Avance registrado').waitFor();
    await page.getByRole('button', { name: 'Registrar ARO' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Tipo' }).click();
    await page.getByRole('option', { name: 'Restricción' }).click();
    await dialog.getByRole('combobox', { name: 'Severidad' }).click();
    await page.getByRole('option', { name: 'Alta' }).click();
    await dialog.getByLabel('Título').fill(RESTRICTION);
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('ARO registrada').waitFor();
    await page.getByRole('article', { name: RESTRICTION }).waitFor();
    await snapshot(page, 'goals-manager');
    await context.close();
  });

  it('follow-up escalates it and the task appears for the agenda team', async () => {
    const { context, page } = await as('follow-up');
    await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('heading', { name: 'Por qué está así' }).waitFor();
    await page.getByRole('article', { name: RESTRICTION }).getByRole('button', { name: 'Escalar a la agenda' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Escalar' }).click();
    await dialog.getByRole('link', { name: 'Ver la tarea creada' }).waitFor();
    await snapshot(page, 'goals-escalated');
    await context.close();

    const agenda = await as('agenda');
    await agenda.page.getByRole('menuitem', { name: 'Tareas', exact: true }).click();
    await agenda.page.getByPlaceholder('Buscar').fill(RESTRICTION);
    await agenda.page.getByRole('cell', { name: new RegExp(RESTRICTION) }).waitFor();
    await agenda.context.close();
  });

  it("the mayor's dashboard changes", async () => {
    const { context, page } = await as('mayor');
    expect(await openRestrictionsOnDashboard(page)).toBe(before + 1);
    await snapshot(page, 'goals-dashboard');
    await context.close();
  });

  it("the mayor prints a goal's status report and downloads its milestones as CSV", async () => {
    const { context, page } = await as('mayor');
    await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
    await page.getByText(GOAL).first().click();
    await page.getByRole('link', { name: 'Informe de la meta' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^meta-M-\d+-hitos\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    // For a spreadsheet in Spanish: the byte-order mark, the screen's headers, semicolons.
    expect(csv.split('\r\n')[0]).toContain('\uFEFFMeta;N.º;Título;Fecha de vencimiento;Peso');
    expect(csv).toMatch(/Fase 2: 100 luminarias[^\n]*;Cumplido;/);
    await context.close();
  });
});
