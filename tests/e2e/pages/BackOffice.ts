import crypto from 'node:crypto';
import type { Page, Request } from 'playwright-core';
import { CMS_URL, DEMO_PASSWORD } from '../browser';

const SESSION_COOKIE = 'sigobito_session';

/** The back office, as a person uses it: the login form, the menu, lists and forms. */
export class BackOffice {
  /** The API requests under way: each answer renews the session cookie. */
  private readonly apiCalls = new Set<Request>();
  /** Who waits for none to be under way. */
  private readonly whenNoCalls: (() => void)[] = [];

  /** `baseUrl`: another SIGOBito than the demo one (a fresh install). */
  constructor(
    readonly page: Page,
    readonly baseUrl = CMS_URL,
  ) {
    page.on('request', (r) => {
      if (r.url().includes('/api/')) this.apiCalls.add(r);
    });
    const done = (r: Request) => {
      this.apiCalls.delete(r);
      if (!this.apiCalls.size) for (const resolve of this.whenNoCalls.splice(0)) resolve();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** Resolves once no API request is under way. */
  private noCallsUnderWay(): Promise<void> {
    return this.apiCalls.size ? new Promise((resolve) => this.whenNoCalls.push(resolve)) : Promise.resolve();
  }

  async login(role: string, password = DEMO_PASSWORD) {
    await this.loginAs(`${role}@demo.sigobito.org`, password);
  }

  async loginAs(email: string, password: string) {
    await this.page.goto(`${this.baseUrl}/backoffice/#/login`);
    await this.page.getByLabel(/usuario/i).fill(email);
    await this.page.getByRole('textbox', { name: 'Contraseña' }).fill(password);
    await this.page.getByRole('button', { name: /^ingresar$/i }).click();
    await this.page.getByRole('navigation').or(this.page.locator('.RaSidebar-fixed')).first().waitFor();
  }

  async logout() {
    await this.page.getByRole('button', { name: 'Perfil' }).click();
    await this.page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await this.page.getByLabel(/usuario/i).waitFor();
  }

  /** "Perfil" → "Cambiar mi contraseña": the current password, the new one twice. */
  async changePassword(current: string, next: string) {
    await this.page.getByRole('button', { name: 'Perfil' }).click();
    await this.page.getByRole('menuitem', { name: 'Cambiar mi contraseña' }).click();
    await this.page.getByRole('textbox', { name: /^Contraseña actual/ }).fill(current);
    await this.page.getByRole('textbox', { name: /^Contraseña nueva/ }).fill(next);
    await this.page.getByRole('textbox', { name: /^Repita la contraseña nueva/ }).fill(next);
    await this.page.getByRole('button', { name: 'Cambiar contraseña' }).click();
  }

  /**
   * Makes the browser's session cookie look unused for `minutes`: the same session, re-signed
   * back-dated with the test CMS's JWT_SECRET, instead of waiting for the idle timeout.
   */
  async idleFor(minutes: number) {
    // An answer to a call made before the change would bring a renewed cookie and undo it (the
    // first screen may still be loading a chart's data): none may be under way.
    await this.noCallsUnderWay();
    const context = this.page.context();
    const cookie = (await context.cookies(`${CMS_URL}/api/`)).find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error('no session cookie: log in first');
    const claims = JSON.parse(Buffer.from(cookie.value.split('.')[1], 'base64url').toString()) as Record<string, number>;
    const iat = claims.iat - minutes * 60;
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...claims, iat, loginAt: Math.min(claims.loginAt, iat * 1000) })}`;
    const signature = crypto.createHmac('sha256', process.env.JWT_SECRET ?? '').update(unsigned).digest('base64url');
    await context.addCookies([{ ...cookie, value: `${unsigned}.${signature}` }]);
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

  /** What the back-office API answers this browser's session, as the app's own calls do. */
  async api<T>(path: string): Promise<T> {
    const res = await this.page.request.get(`${this.baseUrl}/api/backoffice/${path}`, { headers: { 'X-Requested-With': 'sigobito' } });
    if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`);
    return (await res.json()) as T;
  }

  /**
   * Types a search and waits until the list has taken it (react-admin applies it after a pause
   * and puts it in the address): a row clicked before then opens its record, and the list's late
   * change of address takes the browser back to the list.
   */
  async search(text: string) {
    const box = this.page.getByPlaceholder('Buscar');
    await box.fill(text);
    const q = JSON.stringify({ q: text }).slice(1, -1);
    await this.page.waitForFunction((wanted) => decodeURIComponent(window.location.hash).includes(wanted), q);
  }

}
