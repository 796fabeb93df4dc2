/**
 * Issue 13: graceful overload. A real CMS process (`node cms/server.js`, NODE_ENV=production, the
 * demo municipality seeded) takes 300 connections asking for the open tasks by due date, as the
 * admin, for 20 s (autocannon). Answers keep coming every second, each a 200 or a fast 503 with
 * Retry-After (no timeout, no other error); the health check stays quick; once the load stops the
 * next request is answered within a second, and the work dropped for the clients that left is
 * logged. SQLite by default; MariaDB with DATABASE_CLIENT=mysql (as in .ci/run).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startCmsProcess, type CmsProcess } from '../integration/helpers/cms-process';
import { adminConnection, dropDatabase, recreateDatabase } from '../integration/helpers/mysql';

const root = path.resolve(__dirname, '../..');
const onMysql = process.env.DATABASE_CLIENT === 'mysql';
const database = `${process.env.DATABASE_NAME ?? 'sigobito_test'}_overload`;
const sqliteFile = '.tmp/overload.db';
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-test-password';

const CONNECTIONS = 300;
const SECONDS = 20;
/** The queue's wait (MAX_QUEUE_WAIT_MS's default) and what a busy machine may add to a 503. */
const QUEUE_WAIT_MS = 500;
const FAST_503_MS = QUEUE_WAIT_MS + 1500;

const enc = encodeURIComponent;
const TASKS = `/api/backoffice/tasks?sort=${enc('["dueDate","ASC"]')}&range=${enc('[0,24]')}&filter=${enc('{"status":["pending","in_progress"]}')}`;

let cms: CmsProcess | undefined;
/** On MariaDB, production wants a password: a user of the test's own, on the test's own database. */
let mysqlUser: { name: string; password: string } | undefined;

async function databaseEnv(): Promise<Record<string, string>> {
  if (!onMysql) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(root, sqliteFile + suffix), { force: true });
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile };
  }
  await recreateDatabase(database);
  if (process.env.DATABASE_PASSWORD) return { DATABASE_NAME: database };
  mysqlUser = { name: 'sigobito_overload', password: crypto.randomBytes(12).toString('hex') };
  const conn = await adminConnection();
  try {
    for (const host of ['%', 'localhost']) {
      await conn.query('CREATE OR REPLACE USER ?@? IDENTIFIED BY ?', [mysqlUser.name, host, mysqlUser.password]);
      await conn.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [mysqlUser.name, host]);
    }
  } finally {
    await conn.end();
  }
  return { DATABASE_NAME: database, DATABASE_USERNAME: mysqlUser.name, DATABASE_PASSWORD: mysqlUser.password };
}

beforeAll(async () => {
  cms = await startCmsProcess({ ...(await databaseEnv()), NODE_ENV: 'production', SIGOBITO_SEED_IF_EMPTY: 'true', DEMO_PASSWORD, LOG_LEVEL: 'warn', SERVE_BACKOFFICE: 'false' });
});

afterAll(async () => {
  await cms?.stop();
  if (onMysql) {
    await dropDatabase(database);
    if (mysqlUser) {
      const conn = await adminConnection();
      for (const host of ['%', 'localhost']) await conn.query('DROP USER IF EXISTS ?@?', [mysqlUser.name, host]);
      await conn.end();
    }
  } else {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(root, sqliteFile + suffix), { force: true });
  }
});

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: 'admin@demo.sigobito.org', password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { jwt: string }).jwt;
}

/** A request timed from the outside: status, Retry-After and milliseconds. */
async function timed(url: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
}

/** Polls `probe` until it gives a value, or fails naming what never happened. */
async function until<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s\n${cms?.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the CMS under 300 connections', () => {
  it('keeps answering every second with 200s and fast 503s, and answers at once when the load stops', async () => {
    const { baseUrl } = cms!;
    const auth = { Authorization: `Bearer ${await login(baseUrl)}` };
    const before = await timed(`${baseUrl}${TASKS}`, auth);
    expect(before.status).toBe(200);

    const started = Date.now();
    const perSecond: number[] = Array.from({ length: SECONDS + 1 }, () => 0);
    const statuses = new Map<number, number>();
    let last = started;
    let longestSilenceMs = 0;
    let slowest503Ms = 0;
    const busyMs: number[] = [];
    let without503RetryAfter = 0;
    let finished!: (error: Error | null, result: autocannon.Result) => void;
    const load = new Promise<autocannon.Result>((resolve, reject) => (finished = (error, result) => (error ? reject(error) : resolve(result))));
    const requests: autocannon.Request[] = [
      {
        method: 'GET',
        path: TASKS,
        headers: auth,
        onResponse: (status, _body, _context, headers) => {
          // autocannon hands the headers as the server spelled them (Retry-After).
          if (status === 503 && !Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'retry-after')) without503RetryAfter++;
        },
      },
    ];
    const instance = autocannon({ url: baseUrl, connections: CONNECTIONS, duration: SECONDS, timeout: 10, requests }, (error, result) => finished(error, result));
    instance.on('response', (_client, status, _bytes, responseTimeMs) => {
      const now = Date.now();
      perSecond[Math.min(SECONDS, Math.floor((now - started) / 1000))]++;
      longestSilenceMs = Math.max(longestSilenceMs, now - last);
      last = now;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 503) {
        slowest503Ms = Math.max(slowest503Ms, responseTimeMs);
        busyMs.push(responseTimeMs);
      }
    });

    // Meanwhile a monitor asks for the health check, one request after the other.
    let loaded = false;
    const health: { status: number; ms: number }[] = [];
    const monitor = (async () => {
      while (!loaded) health.push(await timed(`${baseUrl}/_health`).catch(() => ({ status: 0, ms: 10_000 })));
    })();
    const result = await load;
    loaded = true;
    await monitor;

    // The load has stopped: the next request is answered at once.
    const after = await timed(`${baseUrl}${TASKS}`, auth);

    const figures = {
      okPerSecond: Math.round((statuses.get(200) ?? 0) / SECONDS),
      busyPerSecond: Math.round((statuses.get(503) ?? 0) / SECONDS),
      perSecond,
      longestSilenceMs,
      slowest503Ms,
      p99BusyMs: Math.round(busyMs.sort((a, b) => a - b)[Math.floor(busyMs.length * 0.99)] ?? 0),
      p99OkMs: result.latency.p99,
      healthSlowestMs: Math.round(Math.max(...health.map((h) => h.ms))),
      recoveryMs: Math.round(after.ms),
      timeouts: result.timeouts,
      errors: result.errors,
    };
    console.log(`Overload (${CONNECTIONS} connections, ${SECONDS} s): ${JSON.stringify(figures)}`);

    // Every full second of the run had answers, and 200s among them.
    expect(perSecond.slice(0, SECONDS - 1).filter((n) => n === 0)).toEqual([]);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(SECONDS);
    // Only 200s and fast 503s with Retry-After: no timeout, no other error.
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect([result.timeouts, result.errors, result.non2xx - (statuses.get(503) ?? 0)]).toEqual([0, 0, 0]);
    expect(without503RetryAfter).toBe(0);
    // Fast 503s: 99 in 100 within the queue wait and a margin (the first burst of 300 sockets at
    // once waits in the kernel's backlog until the CMS accepts them, one per turn of its event loop).
    expect(figures.p99BusyMs).toBeLessThan(FAST_503_MS);
    // A monitor can tell "busy" from "down".
    expect(health.filter((h) => h.status !== 204 || h.ms >= 1000)).toEqual([]);
    // Recovered within a second.
    expect(after.status).toBe(200);
    expect(after.ms).toBeLessThan(1000);

    // The requests of the clients autocannon dropped at the end were not worked on: the log says so.
    const dropped = await until('a report of work dropped for clients that had gone', 15_000, () => {
      const reports = [...cms!.output().matchAll(/Overload, last \d+ s .*: (\d+) while queued, (\d+) while running/g)];
      const total = reports.reduce((sum, m) => sum + Number(m[1]) + Number(m[2]), 0);
      return total > 0 ? total : undefined;
    });
    console.log(`Dropped for clients that had gone: ${dropped}`);
  });
});
