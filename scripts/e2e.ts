/* `npm run test:e2e`: builds what is missing, starts a throwaway SIGOBito (fresh SQLite, demo
   seeded, its own ports) and a second one as a new production install (no demo data, only its
   first administrator), runs the browser tests against them with Debian's Chromium, stops them. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@sigobito/config';
import { BLANK_ADMIN_STEP, buildAll } from './lib/build';
import { FRESH_ADMIN } from '../tests/e2e/browser';
import { waitFor } from '../tests/e2e/system';

const CMS_PORT = process.env.E2E_CMS_PORT ?? '1437';
const PUBLIC_PORT = process.env.E2E_PUBLIC_PORT ?? '4421';
const FRESH_PORT = process.env.E2E_FRESH_CMS_PORT ?? '1438';
const db = path.join(repoRoot, '.tmp', 'e2e.db');
const freshDb = path.join(repoRoot, '.tmp', 'e2e-fresh.db');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SIGOBITO_ENV_FILE: '/nonexistent/.env',
  PORT: CMS_PORT,
  PUBLIC_PORT,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: '.tmp/e2e.db',
  CRON_ENABLED: 'false',
  // Browser tests log in dozens of times a minute from one address.
  LOGIN_RATE_LIMIT: '1000',
  LOG_LEVEL: 'warn',
  SIGOBITO_SEED_IF_EMPTY: 'true',
  DEMO_PASSWORD: 'sigobito-demo-2026',
  APP_KEYS: 'e2e-key-aaaaaaaaaaaaaaaa,e2e-key-bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'e2e-api-token-salt-0000',
  ADMIN_JWT_SECRET: 'e2e-admin-jwt-secret-00',
  TRANSFER_TOKEN_SALT: 'e2e-transfer-salt-00000',
  JWT_SECRET: 'e2e-jwt-secret-0000000000',
  ENCRYPTION_KEY: 'e2e-encryption-key-00000',
  SITE_RELAY_SECRET: 'e2e-site-relay-secret-000',
};

const children: ChildProcess[] = [];
const start = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...env, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  return child;
};

async function main() {
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Chromium is missing: apt-get install -y chromium (the CI script installs it).');
  }
  await buildAll();
  await buildAll({ steps: [BLANK_ADMIN_STEP] });
  fs.mkdirSync(path.dirname(db), { recursive: true });
  for (const file of [db, freshDb]) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  start(['cms/server.js']);
  await waitFor(`http://127.0.0.1:${CMS_PORT}/_health`, 180_000);
  // The new install: no demo data; its administrator made the documented way (npm run create-admin).
  const fresh = { PORT: FRESH_PORT, DATABASE_FILENAME: '.tmp/e2e-fresh.db', SIGOBITO_SEED_IF_EMPTY: 'false' };
  const admin = spawnSync(process.execPath, ['cms/scripts/create-admin.js', '--username', 'primera', '--email', FRESH_ADMIN.email, '--name', FRESH_ADMIN.name], {
    cwd: repoRoot,
    env: { ...env, ...fresh, ADMIN_PASSWORD: FRESH_ADMIN.password },
    stdio: 'inherit',
  });
  if (admin.status !== 0) throw new Error('could not create the new install\'s first administrator');
  start(['cms/server.js'], fresh);
  await waitFor(`http://127.0.0.1:${FRESH_PORT}/_health`, 180_000);
  start(['public-site/server.mjs'], { CMS_URL: `http://127.0.0.1:${CMS_PORT}` });
  await waitFor(`http://127.0.0.1:${PUBLIC_PORT}/salud`, 60_000);
  const jest = spawnSync('npx', ['jest', '--config', 'tests/e2e/jest.config.js', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...env, E2E_CMS_URL: `http://127.0.0.1:${CMS_PORT}`, E2E_PUBLIC_URL: `http://127.0.0.1:${PUBLIC_PORT}`, E2E_FRESH_CMS_URL: `http://127.0.0.1:${FRESH_PORT}` },
  });
  return jest.status ?? 1;
}

main()
  .catch((e) => {
    console.error(e);
    return 1;
  })
  .then((code) => {
    for (const c of children) c.kill('SIGTERM');
    setTimeout(() => process.exit(code), 1000);
  });
