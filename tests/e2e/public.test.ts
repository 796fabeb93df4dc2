import type { Browser, Page } from 'playwright-core';
import { launch, snapshot } from './browser';
import { PUBLIC_URL } from './browser';
import { issueFormToken } from '../../cms/src/modules/agenda/form-token';

/** The form's token as the test CMS signs it (cms/src/modules/agenda/citizen-requests.ts formSecret), shown a minute ago. */
const formShownAMinuteAgo = () => issueFormToken(Date.now() - 60_000, `form:${process.env.ENCRYPTION_KEY ?? ''}`);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ locale: 'es-PA', viewport: { width: 1100, height: 900 } });
});
afterAll(() => browser.close());

describe('a citizen on the public site', () => {
  it('asks for an audience with the form and follows it with the tracking code', async () => {
    await page.goto(`${PUBLIC_URL}/solicitudes/nueva`);
    await page.getByLabel('Audiencia con la Alcaldesa').check();
    await page.getByLabel('Asunto').fill('Falta de agua en la calle 5');
    await page.getByLabel('Descripción').fill('Hace tres semanas que no llega el agua a nuestras casas.');
    await page.getByLabel('Nombre completo').fill('Rosa Quintero');
    await page.getByLabel('Correo electrónico').fill('rosa@example.org');
    // A person takes a few seconds and the form refuses faster bots: the form was shown a minute ago.
    await page.locator('input[name="formToken"]').evaluate((input, token) => ((input as HTMLInputElement).value = token), formShownAMinuteAgo());
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    const code = (await page.locator('text=/[A-HJ-NP-Z2-9]{10}/').first().innerText()).match(/[A-HJ-NP-Z2-9]{10}/)![0];
    await snapshot(page, 'public-request-sent');
    await page.goto(`${PUBLIC_URL}/solicitudes/estado?codigo=${code}`);
    await page.getByText('Recibida').first().waitFor();
    await expect(page.content()).resolves.not.toContain('rosa@example.org');
  });

  it('sees the public goals with their health in words, and a goal page with its milestones', async () => {
    await page.goto(`${PUBLIC_URL}/metas`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Con retraso/);
    expect(text).toMatch(/En riesgo/);
    expect(text).toMatch(/Cumplida/);
    expect(text).not.toMatch(/Mercado municipal de San Isidro remodelado/i); // the demo's internal goal
    await snapshot(page, 'public-goals');
    await page.getByRole('link', { name: /Agua potable/ }).first().click();
    await page.getByText(/Vencido/).first().waitFor();
    expect(await page.locator('script').count()).toBe(0);
    await snapshot(page, 'public-goal');
  });

  it('sees the public agenda, never a private activity', async () => {
    await page.goto(`${PUBLIC_URL}/agenda`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Esta semana/);
    expect(text).not.toMatch(/sesión extraordinaria con asesoría legal/i); // a private activity of the demo week
    await snapshot(page, 'public-agenda');
  });
});
