import type { Browser, Page } from 'playwright-core';
import { can, ROLES } from '@sigobito/config';
import { DEMO_PASSWORD, launch, snapshot } from './browser';
import { BackOffice } from './pages/BackOffice';
import { PublicSite } from './pages/PublicSite';

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

describe('the back office', () => {
  it('lets admin create an actor and find it with the search box', async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    await bo.openMenu(/actores/i);
    await page.getByRole('link', { name: /crear/i }).first().click();
    const name = `Asociación de Prueba ${Date.now()}`;
    await page.getByLabel(/^nombre/i).fill(name);
    await page.getByLabel(/organización/i).fill('Vecinos unidos del e2e');
    await page.getByRole('button', { name: /guardar/i }).click();
    await page.getByText(/elemento creado|creado/i).first().waitFor();

    await bo.openMenu(/actores/i);
    await bo.search('vecinos unidos del e2e');
    // The list narrows to the one actor the search matches (by organization, not by name).
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await expect(page.locator('tbody tr').first().innerText()).resolves.toContain(name);
    await snapshot(page, 'admin-actor-search');
  });

  it('lets a staff member turn off their own weekly digest from the user menu', async () => {
    const bo = new BackOffice(page);
    await bo.login('staff');
    await page.getByRole('button', { name: 'Perfil' }).click();
    await page.getByRole('menuitem', { name: 'Mis avisos por correo' }).click();
    const digest = page.getByRole('switch', { name: 'Resumen semanal' });
    await digest.waitFor();
    expect(await digest.isChecked()).toBe(true);
    await digest.uncheck();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Preferencias guardadas').waitFor();
    await page.reload();
    await digest.waitFor();
    expect(await digest.isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Tarea asignada' }).isChecked()).toBe(true);
    await snapshot(page, 'my-notifications');
    await digest.check();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Preferencias guardadas').waitFor();
  });

  it('lets admin deactivate a member, handing their work to another, and let them back in', async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    await bo.openMenu(/miembros/i);
    await bo.search('ajaen');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await page.locator('tbody tr').first().click();
    await page.getByRole('button', { name: 'Desactivar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Miembro que recibe el trabajo abierto').fill('Luis Fernando');
    await page.getByRole('option', { name: /Luis Fernando/ }).click();
    await dialog.getByRole('button', { name: 'Desactivar y traspasar' }).click();
    await page.getByText('Miembro desactivado').waitFor();
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('button', { name: 'Reactivar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reactivar' }).click();
    await page.getByText('Miembro reactivado').waitFor();
    await page.getByRole('button', { name: 'Desactivar' }).waitFor();
  });

  it('sends a person whose session has ended back to the login page', async () => {
    const bo = new BackOffice(page);
    await bo.login('admin');
    // No script of the page can read the session: it lives in an httpOnly cookie.
    expect(await page.evaluate(() => document.cookie)).not.toContain('sigobito_session');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ/);
    // The first screen's code and data have arrived (they load after the login): its requests
    // are the last ones before the idle time, not the first ones after it.
    await page.waitForLoadState('networkidle');
    // Longer without a request than the idle limit (30 minutes): the server no longer accepts it.
    await bo.idleFor(31);
    await bo.openMenu(/actores/i);
    await page.getByText('Su sesión terminó, vuelva a ingresar.').waitFor();
    await page.getByLabel(/usuario/i).waitFor();
    expect(page.url()).toContain('#/login');
  });

  it('lets a person change their own password from the user menu; the old one stops working', async () => {
    const bo = new BackOffice(page);
    const other = await page.context().browser()!.newContext({ locale: 'es-PA' });
    const otherBrowser = new BackOffice(await other.newPage());
    await otherBrowser.login('press');
    await bo.login('press');
    await bo.changePassword('no-es-la-actual', 'prensa-clave-nueva-2026');
    await page.getByText('La contraseña actual no es correcta').waitFor();
    await bo.changePassword(DEMO_PASSWORD, 'prensa-clave-nueva-2026');
    await page.getByText('Contraseña cambiada. Sus demás sesiones se cerraron.').waitFor();
    await snapshot(page, 'change-password');
    // This browser goes on; the other one is sent to the login page at its next step.
    await bo.openMenu(/temas/i);
    // Themes are shown as a tree (issue 12).
    await page.getByRole('tree', { name: 'Árbol de Temas' }).waitFor();
    await otherBrowser.openMenu(/temas/i);
    await otherBrowser.page.getByLabel(/usuario/i).waitFor();
    await other.close();
    await bo.logout();
    await bo.login('press', 'prensa-clave-nueva-2026');
    // Back to the demo password, for the tests that follow.
    await bo.changePassword('prensa-clave-nueva-2026', DEMO_PASSWORD);
    await page.getByText('Contraseña cambiada. Sus demás sesiones se cerraron.').waitFor();
  });

  it.each(ROLES.map((r) => [r]))('lets %s log in and shows the menu of that role', async (role) => {
    const bo = new BackOffice(page);
    await bo.login(role);
    const labels = (await bo.menuLabels()).join(' | ');
    // Everybody reads themes; only roles that may read actors see them; importing needs write rights on a catalog.
    expect(labels).toMatch(/Temas/);
    expect(/Actores/.test(labels)).toBe(role !== 'staff');
    const mayImport = (['actors', 'themes', 'places'] as const).some((r) => can(role, r, 'create') && can(role, r, 'update'));
    expect(/Importar/.test(labels)).toBe(mayImport);
    expect(/Miembros/.test(labels)).toBe(can(role, 'members', 'read'));
    await snapshot(page, `menu-${role}`);
  });
});

describe('the public site', () => {
  it('shows the municipality, its themes and its places, without JavaScript', async () => {
    const site = new PublicSite(page);
    expect(await site.openHome()).toBe(200);
    await expect(site.heading().innerText()).resolves.toMatch(/San Isidro del Valle/);
    await page.getByRole('heading', { name: /temas de gobierno/i }).waitFor();
    await page.getByRole('heading', { name: /territorio/i }).waitFor();
    await expect(page.getByText(/Agua potable/i).count()).resolves.toBeGreaterThan(0);
    expect(await page.locator('script').count()).toBe(0);
    await snapshot(page, 'public-home');
  });
});
