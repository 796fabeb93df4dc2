/* Issue 12, item 7: the first day of a municipality. A new production install (no demo data, only
   the administrator `npm run create-admin` made) opens on the implementation guide, which reads
   the real state and leads to each screen. */
import type { Browser, Page } from 'playwright-core';
import { FRESH_ADMIN, FRESH_CMS_URL, launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await browser.newPage({ locale: 'es-PA', viewport: { width: 1366, height: 900 } });
});
afterEach(() => page.close());

const step = (name: string) => page.getByRole('listitem', { name });
const stage = (name: string | RegExp) => page.getByRole('region', { name });

describe('the first day of a municipality', () => {
  it("opens a new install's first administrator session on the guide, at its first stage, with what is missing", async () => {
    const bo = new BackOffice(page, FRESH_CMS_URL);
    await bo.loginAs(FRESH_ADMIN.email, FRESH_ADMIN.password);
    await page.getByRole('heading', { level: 1, name: 'Guía de implementación' }).waitFor();
    await page.getByText('Etapa en curso: 1. Bajar la estrategia a operación').waitFor();
    await step('Actores identificados').getByText('Cargue los actores').waitFor();
    await step('Metas prioritarias identificadas').getByText('Faltan 5 metas prioritarias para llegar a 5.').waitFor();
    // Only the administrator is in the network: every other role is missing, by name.
    await step('Miembros de la red en cada rol').getByText(/Sin miembro activo: Titular.*Prensa/).waitFor();
    await expect(stage(/Bajar la estrategia/).getByText('Por empezar').count()).resolves.toBe(1);
    await step('Metas con gerente y responsable del seguimiento').getByText('Todavía no hay metas').waitFor();
    await snapshot(page, 'guide-first-day');
  });

  it('leads from a step to its screen, and the step is done once the record is there', async () => {
    const bo = new BackOffice(page, FRESH_CMS_URL);
    await bo.loginAs(FRESH_ADMIN.email, FRESH_ADMIN.password);
    await step('Actores identificados').getByRole('link', { name: 'Importar CSV' }).click();
    await page.getByText('¿Qué quiere importar?').waitFor();

    await bo.openMenu('Guía de implementación');
    await step('Temas de gobierno').getByRole('link', { name: 'Crear' }).click();
    await page.getByLabel(/^Código/).fill('EJE-1');
    await page.getByLabel(/^Nombre/).fill('Servicios públicos de calidad');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText(/elemento creado|creado/i).first().waitFor();

    await bo.openMenu('Guía de implementación');
    await step('Temas de gobierno').getByRole('img', { name: 'Cumplido' }).waitFor();
    await step('Lugares del territorio').getByRole('img', { name: 'Falta' }).waitFor();
    await expect(stage(/Bajar la estrategia/).getByText('En curso').count()).resolves.toBe(1);
  });

  it("is in the demo administrator's menu, with the loaded stages done; the home page is no longer the guide", async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    // The welcome page with its shortcuts, once the strategy and the parameters are loaded.
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Guía de implementación' }).count()).toBe(0);
    await bo.openMenu('Guía de implementación');
    await stage(/Bajar la estrategia/).getByText('Cumplida').waitFor();
    await stage(/Parámetros de base/).getByText('Cumplida').waitFor();
    await step('5 metas con programación concluida').getByRole('img', { name: 'Cumplido' }).waitFor();
  });

  it('is not offered to a role that does not set the municipality up', async () => {
    const bo = new BackOffice(page);
    await bo.login('agenda');
    expect((await bo.menuLabels()).join(' | ')).not.toMatch(/Guía de implementación/);
  });
});
