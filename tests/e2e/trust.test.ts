/* Issue 12, item 6: the small things that cost a municipal team's trust, each as the user sees it. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contrastOf, launch, overflowsHorizontally, PUBLIC_URL, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
const GOAL = '300 luminarias LED';
/** The laptop most municipal offices have. */
const LAPTOP = { width: 1366, height: 768 };

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function as(role: string, viewport = LAPTOP): Promise<{ context: BrowserContext; page: Page; bo: BackOffice }> {
  const context = await browser.newContext({ viewport, locale: 'es-PA' });
  const page = await context.newPage();
  const bo = new BackOffice(page);
  await bo.login(role);
  return { context, page, bo };
}

async function openGoal(page: Page) {
  await page.getByRole('menuitem', { name: 'Metas', exact: true }).click();
  await page.getByText(GOAL).first().click();
  await page.getByRole('heading', { name: 'Por qué está así' }).waitFor();
}

/** "2026-12-06T09:00" in Panama, the way a datetime input takes it. */
const panamaWall = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Panama', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso))
    .replace(' ', 'T');

describe('the small things that cost trust', () => {
  it('takes a progress of 36 %, not only steps of 5', async () => {
    const { context, page } = await as('goal-manager');
    await page.getByRole('menuitem', { name: 'Mis metas' }).click();
    await page.getByText(GOAL).first().click();
    const percent = page.getByRole('spinbutton', { name: 'Avance (%)' });
    await percent.fill('36');
    expect(await percent.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);
    const narrative = `Luminarias de Los Naranjos verificadas con la junta comunal (${Date.now()})`;
    await page.getByRole('textbox', { name: 'Qué se hizo' }).fill(narrative);
    await page.getByRole('button', { name: 'Registrar avance' }).click();
    await page.getByText('Avance registrado').waitFor();
    const row = page.getByRole('row').filter({ hasText: narrative });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toContain('36');
    await snapshot(page, 'progress-36');
    await context.close();
  });

  it('shows a cancelled task as "Cancelada", never with the light "Cumplida"', async () => {
    const { context, page, bo } = await as('agenda');
    await page.getByRole('menuitem', { name: 'Tareas', exact: true }).click();
    await bo.search('acto protocolar');
    const row = page.locator('tbody tr', { hasText: 'Organizar el acto protocolar' });
    await row.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    const text = await row.innerText();
    expect(text).toContain('Cancelada');
    expect(text).not.toContain('Cumplida');
    await context.close();
  });

  it('fits the goal page on a 1,366-px screen, with "Registrar ARO" whole and readable', async () => {
    const { context, page } = await as('goal-manager');
    await openGoal(page);
    await page.getByRole('heading', { name: /Alertas, restricciones y oportunidades/ }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    const button = page.getByRole('button', { name: 'Registrar ARO' });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
    expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await snapshot(page, 'goal-1366');
    await context.close();
  });

  it('fits Reportes on a 1,366-px screen', async () => {
    const { context, page } = await as('mayor');
    await page.getByRole('menuitem', { name: 'Reportes', exact: true }).click();
    await page.getByRole('heading', { name: 'Estado consolidado de las metas' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await snapshot(page, 'reports-1366');
    await context.close();
  });

  it('writes the conflict chips readably (contrast of at least 4.5:1)', async () => {
    const { context, page, bo } = await as('agenda');
    const [clash] = await bo.api<Array<{ id: string }>>(`activities?filter=${encodeURIComponent(JSON.stringify({ q: 'Entrega de sillas de ruedas' }))}`);
    await page.goto(`${bo.baseUrl}/backoffice/#/activities/${clash.id}/show`);
    const chip = page.getByText(/^Choca con 1 actividad confirmada$/);
    await chip.waitFor();
    expect(await contrastOf(chip)).toBeGreaterThanOrEqual(4.5);
    // The overlapping activity, as a link to it.
    const other = page.getByRole('link', { name: /Sesión extraordinaria del Concejo/ }).locator('.MuiChip-label');
    await other.waitFor();
    expect(await contrastOf(other)).toBeGreaterThanOrEqual(4.5);
    await snapshot(page, 'activity-conflict-chips');
    await context.close();
  });

  it('warns of a clash in the activity form before saving', async () => {
    const { context, page, bo } = await as('agenda');
    const [council] = await bo.api<Array<{ start: string }>>(`activities?filter=${encodeURIComponent(JSON.stringify({ q: 'Sesión extraordinaria del Concejo' }))}`);
    const day = panamaWall(council.start).slice(0, 10);
    await page.goto(`${bo.baseUrl}/backoffice/#/activities/create`);
    await page.getByLabel(/^Título/).fill('Reunión con la junta comunal de Los Naranjos');
    await page.getByLabel(/^Inicio/).fill(`${day}T10:15`);
    await page.getByLabel(/^Fin/).fill(`${day}T10:45`);
    // Tentative (the form's default): the clash it would have once confirmed.
    const warning = page.getByRole('alert').filter({ hasText: 'chocará con 2 actividades confirmadas' });
    await warning.waitFor();
    await warning.getByRole('link', { name: /Sesión extraordinaria del Concejo/ }).waitFor();
    await warning.getByRole('link', { name: /Entrega de sillas de ruedas/ }).waitFor();
    await page.getByRole('combobox', { name: /^Estado/ }).click();
    await page.getByRole('option', { name: 'Confirmada' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choca con 2 actividades confirmadas' }).waitFor();
    // Moved to a free hour, the warning goes away, still before saving.
    await page.getByLabel(/^Inicio/).fill(`${day}T17:00`);
    await page.getByLabel(/^Fin/).fill(`${day}T17:30`);
    await page.getByRole('alert').filter({ hasText: 'Choca con' }).waitFor({ state: 'detached' });
    expect(page.url()).toContain('/activities/create');
    await context.close();
  });

  it("names the mayor as the settings do: the demo's mayor is a woman", async () => {
    const context = await browser.newContext({ locale: 'es-PA' });
    const page = await context.newPage();
    await page.goto(`${PUBLIC_URL}/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Agenda de la Alcaldesa' }).waitFor();
    expect(await page.title()).toContain('Agenda de la Alcaldesa');
    await page.goto(`${PUBLIC_URL}/solicitudes/nueva`);
    await page.getByLabel('Audiencia con la Alcaldesa').waitFor();
    await context.close();

    const admin = await as('admin');
    await admin.page.getByRole('menuitem', { name: 'Configuración' }).click();
    await admin.page.getByText('la Alcaldesa («Agenda de la Alcaldesa»)').waitFor();
    await admin.context.close();
  });

  it('writes money the same in the back office and on the public site', async () => {
    const { context, page } = await as('mayor');
    await openGoal(page);
    const backOffice = await page.getByText('Presupuesto planificado', { exact: true }).locator('xpath=following-sibling::*[1]').innerText();
    await context.close();

    const site = await browser.newPage({ locale: 'es-PA' });
    await site.goto(`${PUBLIC_URL}/metas`);
    await site.getByRole('link', { name: new RegExp(GOAL) }).first().click();
    const onSite = await site.locator('dt', { hasText: 'Planificado' }).locator('xpath=following-sibling::dd[1]').innerText();
    await site.close();

    expect(backOffice.replace(/\s/g, ' ')).toMatch(/^B\/\. [\d,]+\.\d\d$/);
    expect(backOffice).toBe(onSite);
  });
});
