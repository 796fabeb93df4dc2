/* `npm start`: the whole system in one command. Generates local secrets on the first run,
   validates the configuration, builds what is missing, prepares SQLite, seeds the demo
   municipality into an empty database, starts the CMS (API + back office) and the public
   site, and prints where they are. Ctrl-C stops everything. `--dev` runs the back office
   from the Vite dev server instead. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EnvError, getEnv, repoRoot } from '@sigobito/config';
import { readyBanner } from './lib/banner';
import { ensureSecrets } from './lib/env-file';
import { buildAll } from './lib/build';

const dev = process.argv.includes('--dev');
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} terminó (${signal ?? code}). Deteniendo SIGOBito.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} no respondió en ${timeoutMs / 1000} s`);
}

async function main() {
  const t0 = Date.now();
  const generated = ensureSecrets();
  if (generated.length) console.log(`Secretos locales generados en .env: ${generated.join(', ')}`);
  const env = getEnv();
  if (env.DATABASE_CLIENT === 'sqlite') fs.mkdirSync(path.dirname(path.resolve(repoRoot, env.DATABASE_FILENAME)), { recursive: true });
  fs.mkdirSync(path.resolve(repoRoot, env.CMS_PUBLIC_DIR, 'uploads'), { recursive: true });
  await buildAll();

  const cmsUrl = env.CMS_URL ?? `http://localhost:${env.PORT}`;
  const publicUrl = env.PUBLIC_SITE_URL ?? `http://localhost:${env.PUBLIC_PORT}`;
  const seed = env.SEED_DEMO ?? env.NODE_ENV !== 'production';
  run('El CMS', process.execPath, ['cms/server.js'], { SIGOBITO_SEED_IF_EMPTY: String(seed), STRAPI_TELEMETRY_DISABLED: 'true' });
  await waitFor(`http://127.0.0.1:${env.PORT}/_health`, 180_000);
  run('El sitio público', process.execPath, ['public-site/server.mjs'], {
    CMS_URL: `http://127.0.0.1:${env.PORT}`,
    PUBLIC_PORT: String(env.PUBLIC_PORT),
    PUBLIC_HOST: env.PUBLIC_HOST,
  });
  if (dev) run('Vite', 'npm', ['run', 'dev', '-w', '@sigobito/admin-ui'], { CMS_URL: `http://127.0.0.1:${env.PORT}` });
  await waitFor(`http://127.0.0.1:${env.PUBLIC_PORT}/salud`, 60_000);

  const backoffice = dev ? 'http://localhost:5173/backoffice/' : `${cmsUrl}/backoffice/`;
  console.log(readyBanner({ seconds: (Date.now() - t0) / 1000, backoffice, publicUrl, cmsUrl, demo: seed, demoPassword: env.DEMO_PASSWORD }));
}

main().catch((e) => {
  console.error(e instanceof EnvError ? e.message : e);
  stop(1);
});
