/* `npm run bench`: speed and memory of the back-office API, as ratios measured in one run on
   this machine (so they hold on a slower or faster one). Starts a throwaway CMS on a fresh
   SQLite file with the demo seeded, grows the actor catalog through the CSV import, and
   compares. Exits non-zero when a target is missed. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@sigobito/config';
import { buildAll } from './lib/build';

const PORT = process.env.BENCH_PORT ?? '1537';
const BASE = `http://127.0.0.1:${PORT}`;
const db = path.join(repoRoot, '.tmp', 'bench.db');
const GROW_TO = Number(process.env.BENCH_ACTORS ?? 3000);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SIGOBITO_ENV_FILE: '/nonexistent/.env',
  PORT,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: '.tmp/bench.db',
  CRON_ENABLED: 'false',
  LOG_LEVEL: 'warn',
  SIGOBITO_SEED_IF_EMPTY: 'true',
  DEMO_PASSWORD: 'bench-password-2026',
  APP_KEYS: 'bench-key-aaaaaaaaaaaaaaa,bench-key-bbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'bench-api-token-salt-00',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-0',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt-0000',
  JWT_SECRET: 'bench-jwt-secret-000000000',
  ENCRYPTION_KEY: 'bench-encryption-key-0000',
  SITE_RELAY_SECRET: 'bench-site-relay-secret-0',
};

let cms: ChildProcess | undefined;

async function waitFor(url: string) {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeIt(fn: () => Promise<unknown>, runs = 15): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main() {
  await buildAll();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(db + suffix, { force: true });
  fs.mkdirSync(path.dirname(db), { recursive: true });
  cms = spawn(process.execPath, ['cms/server.js'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`${BASE}/_health`);
  const login = await fetch(`${BASE}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: 'admin@demo.sigobito.org', password: 'bench-password-2026' }),
  });
  const { jwt } = (await login.json()) as { jwt: string };
  const auth = { Authorization: `Bearer ${jwt}` };
  const list = (range: [number, number], extra = '') =>
    fetch(`${BASE}/api/backoffice/actors?range=${JSON.stringify(range)}&sort=["name","ASC"]${extra}`, { headers: auth }).then(async (r) => {
      if (r.status !== 200) throw new Error(`list ${r.status}`);
      return r.json();
    });

  const small25 = await timeIt(() => list([0, 24]));
  const rssBefore = rssMb(cms.pid!);

  const existing = Number((await fetch(`${BASE}/api/backoffice/actors?range=[0,0]`, { headers: auth })).headers.get('content-range')!.split('/')[1]);
  const rows = ['code,name,kind,organization,email,themes,places'];
  for (let i = existing; i < GROW_TO; i++) rows.push(`BENCH-${i},Actor de prueba ${i},person,Organización ${i % 50},a${i}@example.org,T-AGUA|T-SALUD,`);
  const tImport = performance.now();
  const imported = await fetch(`${BASE}/api/backoffice/imports/actors`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ csv: rows.join('\n'), dryRun: false }),
  });
  if (imported.status !== 200) throw new Error(`import ${imported.status}: ${(await imported.text()).slice(0, 300)}`);
  const importMs = performance.now() - tImport;

  const large25 = await timeIt(() => list([0, 24]));
  const large500 = await timeIt(() => list([0, 499]));
  const search = await timeIt(() => list([0, 24], `&filter=${encodeURIComponent('{"q":"prueba 29"}')}`));

  const users = 30;
  const tSeq = performance.now();
  for (let i = 0; i < users; i++) await list([0, 24]);
  const seqMs = performance.now() - tSeq;
  const tPar = performance.now();
  await Promise.all(Array.from({ length: users }, () => list([0, 24])));
  const parMs = performance.now() - tPar;
  const rssAfter = rssMb(cms.pid!);

  const results = [
    { what: `page of 25 with ${GROW_TO} actors ÷ with ${existing}`, value: large25 / small25, target: 3, unit: '×' },
    { what: 'page of 500 ÷ page of 25, per row', value: large500 / 500 / (large25 / 25), target: 0.5, unit: '×' },
    { what: 'q search over all actors ÷ a plain page of 25', value: search / large25, target: 4, unit: '×' },
    { what: `${users} concurrent lists ÷ ${users} one after another`, value: parMs / seqMs, target: 1.2, unit: '×' },
    { what: 'CMS memory after the load ÷ after boot', value: rssAfter / rssBefore, target: 2.5, unit: '×' },
    { what: 'CMS memory after the load (30 users on a 4 GB server)', value: rssAfter, target: 1024, unit: 'MB' },
  ];
  console.log(`\nBack-office API benchmark (${new Date().toISOString()}):`);
  console.log(`  page of 25: ${small25.toFixed(1)} ms at ${existing} actors, ${large25.toFixed(1)} ms at ${GROW_TO}; page of 500: ${large500.toFixed(1)} ms; search: ${search.toFixed(1)} ms`);
  console.log(`  CSV import of ${GROW_TO - existing} actors: ${(importMs / 1000).toFixed(1)} s; RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB\n`);
  let failed = 0;
  for (const r of results) {
    const ok = r.value <= r.target;
    if (!ok) failed++;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${r.what.padEnd(58)} ${r.value.toFixed(2).padStart(8)} ${r.unit}  (target ≤ ${r.target})`);
  }
  return failed ? 1 : 0;
}

main()
  .catch((e) => {
    console.error(e);
    return 1;
  })
  .then((code) => {
    cms?.kill('SIGTERM');
    setTimeout(() => process.exit(code), 500);
  });
