import type { Page } from 'playwright-core';
import { PUBLIC_URL } from '../browser';

export class PublicSite {
  constructor(readonly page: Page) {}

  async openHome() {
    const response = await this.page.goto(`${PUBLIC_URL}/`);
    return response?.status();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  section(name: string | RegExp) {
    return this.page.getByRole('region', { name }).or(this.page.locator('section', { has: this.page.getByRole('heading', { name }) }));
  }
}
