import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { repoRoot } from '@sigobito/config';
import type { DbTarget } from '../database';
import { BENCH_PASSWORD, benchEnv } from './env';

/**
 * A database the benchmark works on: a throwaway SQLite file, or a MariaDB database of the
 * DATABASE_* server. `suffix` names a second one beside it (the tenth of the data, `_small`).
 */
export function benchTarget(suffix = ''): DbTarget {
  if (process.env.DATABASE_CLIENT === 'mysql') {
    return {
      client: 'mysql',
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 3306),
      database: (process.env.DATABASE_NAME ?? 'sigobito_bench') + suffix,
      user: process.env.DATABASE_USERNAME ?? 'root',
      password: process.env.DATABASE_PASSWORD ?? '',
      ssl: false,
    };
  }
  return { client: 'sqlite', file: path.join(repoRoot, '.tmp', `bench${suffix}.db`) };
}

/**
 * On MariaDB, the CMS in production mode wants a database password: when DATABASE_PASSWORD is
 * empty (root on a development server), a user of the benchmark's own is made for its databases,
 * with a random password, and the DATABASE_* variables point at it from then on.
 */
export async function ensureBenchDatabaseUser(suffixes: string[]): Promise<void> {
  const t = benchTarget();
  if (t.client !== 'mysql' || t.password) return;
  const databases = suffixes.map((s) => (benchTarget(s) as typeof t).database);
  for (const d of databases) if (!/^[a-z0-9_]+$/.test(d)) throw new Error(`Unsafe database name ${d}`);
  const user = { name: 'sigobito_bench', password: crypto.randomBytes(12).toString('hex') };
  const conn = await mysql.createConnection({ host: t.host, port: t.port, user: t.user, password: t.password });
  try {
    for (const host of ['%', 'localhost']) {
      await conn.query('CREATE OR REPLACE USER ?@? IDENTIFIED BY ?', [user.name, host, user.password]);
      for (const d of databases) await conn.query(`GRANT ALL PRIVILEGES ON \`${d}\`.* TO ?@?`, [user.name, host]);
    }
  } finally {
    await conn.end();
  }
  Object.assign(process.env, { DATABASE_USERNAME: user.name, DATABASE_PASSWORD: user.password });
}

/** The DATABASE_* variables that point the CMS and the floor at the target. */
export function databaseEnv(t: DbTarget): NodeJS.ProcessEnv {
  if (t.client === 'sqlite') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.relative(repoRoot, t.file) };
  return { DATABASE_CLIENT: 'mysql', DATABASE_HOST: t.host, DATABASE_PORT: String(t.port), DATABASE_NAME: t.database, DATABASE_USERNAME: t.user, DATABASE_PASSWORD: t.password };
}

/** An empty database (the CMS then creates the schema and seeds the demo on its first boot). */
export async function emptyDatabase(t: DbTarget): Promise<void> {
  if (t.client === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(t.file + suffix, { force: true });
    fs.mkdirSync(path.dirname(t.file), { recursive: true });
    return;
  }
  if (!/^[a-z0-9_]+$/.test(t.database)) throw new Error(`Unsafe database name ${t.database}`);
  const conn = await mysql.createConnection({ host: t.host, port: t.port, user: t.user, password: t.password });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${t.database}\``);
    await conn.query(`CREATE DATABASE \`${t.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await conn.end();
  }
}

export type Server = { url: string; child: ChildProcess; stop: () => Promise<void> };

async function waitFor(url: string, child: ChildProcess, seconds = 300) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

function start(args: string[], port: number, env: NodeJS.ProcessEnv, ready: string): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: benchEnv({ ...env, PORT: String(port) }), stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return waitFor(url + ready, child).then(
    () => ({ url, child, stop }),
    async (e) => {
      await stop();
      throw e;
    },
  );
}

/** The CMS as production runs it (cms/server.js), counting SQL statements per request; BENCH_CPU_PROF=<dir> writes its CPU profile there when it stops. */
export const startCms = (t: DbTarget, port: number) =>
  start([...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), 'cms/server.js'], port, { ...databaseEnv(t), SIGOBITO_SQL_COUNT: 'true' }, '/_health');

/** The floor server (scripts/lib/bench/floor.ts) on the same database. */
export const startFloor = (t: DbTarget, port: number) =>
  start([require.resolve('tsx/cli'), path.join(repoRoot, 'scripts/lib/bench/floor.ts')], port, databaseEnv(t), '/api/backoffice/none');

/** The public site (public-site/server.mjs, as production runs it) in front of a CMS. */
export const startSite = (cmsUrl: string, port: number) => start(['public-site/server.mjs'], port, { CMS_URL: cmsUrl, PUBLIC_PORT: String(port), PUBLIC_HOST: '127.0.0.1' }, '/salud');

/** Resident memory of a process, MB. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** A bearer token of a demo user (admin, mayor…). */
export async function login(base: string, role: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: `${role}@demo.sigobito.org`, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${role}: ${res.status}`);
  return ((await res.json()) as { jwt: string }).jwt;
}
