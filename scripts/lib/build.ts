import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@sigobito/config';
import { compileCms } from './cms';

export type Step = { name: string; output: string; inputs: string[]; run: () => Promise<void> | void };

/**
 * A build is a production build whoever asks for it: under jest (NODE_ENV=test) Vite kept React's
 * development code and the back office's first chunk grew from 852 KB to 1,171 KB, and the
 * browser suite then measured that copy.
 */
const buildEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' });

const npmRun = (workspace: string, script: string) => () => {
  execFileSync('npm', ['run', script, '-w', workspace], { cwd: repoRoot, stdio: 'inherit', env: buildEnv() });
};

/** Newest modification time under a path (files only), skipping build output and dependencies. */
function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) {
    if (['node_modules', 'dist', '.astro', '.tmp', '.cache'].includes(entry)) continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

export const STEPS: Step[] = [
  { name: 'configuración compartida', output: 'config/dist/index.js', inputs: ['config/src'], run: npmRun('@sigobito/config', 'build') },
  { name: 'CMS (TypeScript)', output: 'cms/dist/src/index.js', inputs: ['cms/src', 'cms/config', 'config/src'], run: compileCms },
  { name: 'back office', output: 'admin-ui/dist/index.html', inputs: ['admin-ui/src', 'admin-ui/index.html', 'admin-ui/vite.config.ts', 'config/src'], run: npmRun('@sigobito/admin-ui', 'build') },
  { name: 'sitio público', output: 'public-site/dist/server/entry.mjs', inputs: ['public-site/src', 'public-site/astro.config.mjs', 'config/src'], run: npmRun('@sigobito/public-site', 'build') },
];

/**
 * Only the browser suite's: the blank react-admin app that tests/e2e/first-load.test.ts measures
 * the back office's first load against, built by the same Vite into .tmp/blank-admin.
 */
export const BLANK_ADMIN_STEP: Step = {
  name: 'react-admin en blanco (medida de la primera carga)',
  output: '.tmp/blank-admin/index.html',
  inputs: ['tests/e2e/blank-admin'],
  run: () => {
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', '--config', 'tests/e2e/blank-admin/vite.config.mjs'], { cwd: repoRoot, stdio: 'inherit', env: buildEnv() });
  },
};

/** Builds what is missing or older than its sources (all of it with `force`); `steps`: other than the app's. */
export async function buildAll(opts: { force?: boolean; log?: (m: string) => void; steps?: Step[] } = {}) {
  const log = opts.log ?? console.log;
  for (const step of opts.steps ?? STEPS) {
    const out = path.join(repoRoot, step.output);
    const stale = !fs.existsSync(out) || step.inputs.some((i) => newest(path.join(repoRoot, i)) > fs.statSync(out).mtimeMs);
    if (!opts.force && !stale) continue;
    const t = Date.now();
    log(`→ Compilando ${step.name}…`);
    await step.run();
    log(`  ${step.name} listo en ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
