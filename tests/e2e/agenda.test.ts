import type { Browser, Page } from 'playwright-core';
import { launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
let page: Page;
const stamp = Date.now().toString().slice(-6);
const SUBJECT = `Audiencia junta comunal ${stamp}`;
const COMMITMENT = `Enviar cuadrilla a revisar alumbrado ${stamp}`;
const STAFF_NAME = 'Luis Fernando Ábrego Serrano';

beforeAll(async () => {
  browser = await launch();
  // A browser in another time zone than the municipality: times must still read in Panama's.
  page = await browser.newPage({ locale: 'es-PA', timezoneId: 'Europe/Madrid', viewport: { width: 1400, height: 900 } });
});
afterAll(() => browser.close());

describe('the agenda, as the agenda team and a staff member use it', () => {
  const bo = () => new BackOffice(page);

  it('registers an audience request, accepts it into a slot and finds it in the calendar', async () => {
    await bo().login('agenda');
    await page.getByRole('menuitem', { name: 'Solicitudes' }).click();
    await page.getByRole('link', { name: 'Crear' }).click();
    await page.getByLabel('Asunto').fill(SUBJECT);
    await page.getByLabel('Nombre del solicitante').fill('María Pérez');
    await page.getByLabel('Organización').fill('Junta comunal de San Isidro');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('button', { name: 'Pasar a revisión' }).click();
    await page.getByText('En revisión').first().waitFor();
    await page.getByRole('button', { name: 'Aceptar' }).click();
    const dialog = page.getByRole('dialog');
    const day = new Date(Date.now() - 5 * 3600e3 + 2 * 86400e3).toISOString().slice(0, 10); // day after tomorrow in Panama
    await dialog.getByLabel('Fecha').fill(day);
    await dialog.getByLabel('Hora de inicio').fill('09:30');
    await dialog.getByLabel('Hora de fin').fill('10:30');
    await dialog.getByLabel('Pública').check();
    await dialog.getByRole('button', { name: 'Aceptar' }).click();
    await dialog.getByText('Solicitud aceptada').waitFor();
    await dialog.getByRole('link', { name: 'Ver en la agenda' }).click();
    const event = page.locator('.fc-event', { hasText: SUBJECT });
    await event.waitFor();
    expect(await event.innerText()).toContain('9:30');
    await snapshot(page, 'agenda-week');
    await event.click();
  });

  it('records a commitment on the activity, for a staff member', async () => {
    await page.getByRole('button', { name: 'Registrar compromiso' }).click();
    const c = page.getByRole('dialog');
    await c.getByLabel('Título').fill(COMMITMENT);
    await c.getByLabel('Responsable').fill('staff');
    await page.getByRole('option', { name: /staff/ }).click();
    await c.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Compromiso registrado').waitFor();
    await page.getByRole('cell', { name: COMMITMENT }).waitFor();
    await snapshot(page, 'agenda-activity');
    await bo().logout();
  });

  it("shows the task in the staff member's Mis tareas, who records a follow-up", async () => {
    await bo().login('staff');
    await page.getByRole('menuitem', { name: 'Mis tareas' }).click();
    await page.getByRole('cell', { name: COMMITMENT }).waitFor();
    await page.getByRole('cell', { name: COMMITMENT }).click();
    await page.getByLabel('Nota').fill('Cuadrilla asignada; visita el jueves.');
    await page.getByLabel('Avance (%)').fill('40');
    await page.getByRole('button', { name: 'Registrar seguimiento' }).click();
    await page.getByText('Seguimiento registrado').waitFor();
    await page.getByRole('cell', { name: 'Cuadrilla asignada; visita el jueves.' }).waitFor();
    await snapshot(page, 'agenda-staff-followup');
  });

  it('shows staff only their own tasks', async () => {
    await page.getByRole('menuitem', { name: 'Tareas', exact: true }).click();
    await page.locator('tbody tr').first().waitFor();
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toContain(STAFF_NAME);
    await bo().logout();
  });
});
