import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CMS_URL = process.env.E2E_CMS_URL ?? 'http://127.0.0.1:1437';
export const PUBLIC_URL = process.env.E2E_PUBLIC_URL ?? 'http://127.0.0.1:4421';
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'sigobito-demo-2026';
/** A new production install (no demo data), started beside the demo one by scripts/e2e.ts. */
export const FRESH_CMS_URL = process.env.E2E_FRESH_CMS_URL ?? 'http://127.0.0.1:1438';
/** Its first administrator, made with `npm run create-admin`. */
export const FRESH_ADMIN = { email: 'primera@municipio.example', password: 'primera-clave-2026', name: 'Ana Primera' };
const ARTIFACTS = path.resolve(__dirname, 'artifacts');

/** Debian's Chromium, headless, with no network of its own. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Keeps a screenshot of the page for a person to look at (tests/e2e/artifacts, git-ignored). */
export async function snapshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * The contrast ratio (WCAG 2.1) between an element's text colour and the background it is drawn
 * on: the first opaque background among it and its ancestors.
 */
export async function contrastOf(locator: Locator): Promise<number> {
  const [fg, bg] = await locator.evaluate((el) => {
    const text = getComputedStyle(el).color;
    let node: Element | null = el;
    while (node) {
      const background = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') return [text, background];
      node = node.parentElement;
    }
    return [text, 'rgb(255, 255, 255)'];
  });
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Whether the page is wider than the window (a horizontal scroll bar on the whole page). */
export const overflowsHorizontally = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Retries `check` until it passes (a page the server updates after a job, a feed), failing after `ms`. */
export async function eventually(check: () => Promise<void>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
