import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CMS_URL = process.env.E2E_CMS_URL ?? 'http://127.0.0.1:1437';
export const PUBLIC_URL = process.env.E2E_PUBLIC_URL ?? 'http://127.0.0.1:4421';
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'sigobito-demo-2026';
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
