import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compileCms } from '../../../scripts/lib/cms';

const root = path.resolve(__dirname, '../../..');

/** Compiles the CMS once (tsc into cms/dist) and builds the public site if it is missing. */
export default async function globalSetup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  await compileCms();
  if (!fs.existsSync(path.join(root, 'public-site', 'dist', 'server', 'entry.mjs'))) {
    // A production build (jest's NODE_ENV is test).
    execFileSync('npm', ['run', 'build', '-w', '@sigobito/public-site'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
}
