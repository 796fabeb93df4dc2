import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '@sigobito/config';
import type { Core } from '@strapi/strapi';

export const CMS_DIR = path.join(repoRoot, 'cms');
export const CMS_DIST = path.join(CMS_DIR, 'dist');

// @strapi/* live in cms/node_modules: resolve them from there.
const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
type StrapiModule = {
  compileStrapi: (o: { appDir: string; ignoreDiagnostics?: boolean }) => Promise<{ distDir: string }>;
  createStrapi: (o: Record<string, unknown>) => Core.Strapi;
};
const strapiModule = () => cmsRequire('@strapi/strapi') as StrapiModule;

export async function compileCms(): Promise<void> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await strapiModule().compileStrapi({ appDir: CMS_DIR });
}

/** A loaded (not listening) Strapi: for seeds, scripts and tests. */
export async function loadCms(): Promise<Core.Strapi> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app = strapiModule().createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST, autoReload: false, serveAdminPanel: false });
  await app.load();
  return app;
}
