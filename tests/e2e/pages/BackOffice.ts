import type { Page } from 'playwright-core';
import { CMS_URL, DEMO_PASSWORD } from '../browser';

/** The back office, as a person uses it: the login form, the menu, lists and forms. */
export class BackOffice {
  constructor(readonly page: Page) {}

  async login(role: string, password = DEMO_PASSWORD) {
    await this.page.goto(`${CMS_URL}/backoffice/#/login`);
    await this.page.getByLabel(/usuario/i).fill(`${role}@demo.sigobito.org`);
    await this.page.getByRole('textbox', { name: 'Contraseña' }).fill(password);
    await this.page.getByRole('button', { name: /^ingresar$/i }).click();
    await this.page.getByRole('navigation').or(this.page.locator('.RaSidebar-fixed')).first().waitFor();
  }

  async logout() {
    await this.page.getByRole('button', { name: 'Perfil' }).click();
    await this.page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await this.page.getByLabel(/usuario/i).waitFor();
  }

  /** The labels of the main menu entries the role sees. */
  async menuLabels(): Promise<string[]> {
    const items = this.page.locator('.RaMenu-open [role="menuitem"], .RaMenu-closed [role="menuitem"], .RaSidebar-fixed a');
    await items.first().waitFor();
    return (await items.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  async openMenu(label: string | RegExp) {
    await this.page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: label }).first().click();
  }

  async search(text: string) {
    const box = this.page.getByPlaceholder('Buscar');
    await box.fill(text);
  }

}
