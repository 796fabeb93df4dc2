/**
 * Issue 11: two CMS processes on one MariaDB database and one Redis, as behind a load balancer.
 * Real child processes (`node cms/server.js`, as the systemd unit runs it), started together on
 * an empty database, each with its own uploads folder (as on two machines) and one S3 bucket
 * (a local S3-compatible server). Needs MariaDB
 * (DATABASE_HOST…, root by default) and Redis (REDIS_URL, default redis://127.0.0.1:6379);
 * it uses its own database (<DATABASE_NAME>_two) and its own Redis key prefix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import Redis from 'ioredis';
import { dropDatabase, recreateDatabase } from '../integration/helpers/mysql';
import { startSmtp } from '../integration/helpers/smtp';
import { startS3, type S3Server } from '../integration/helpers/s3';
import { CMS_DIST } from '../../scripts/lib/cms';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.tmp', 'scale');
const database = `${process.env.DATABASE_NAME ?? 'sigobito_test'}_two`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `sigobito-test:${process.pid}-${Date.now()}:`;
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-test-password';
/** Jobs fire every this many seconds in the test instead of on their schedules. */
const TICK_SECONDS = 2;

type Cms = { name: string; url: string; child: ChildProcess; output: string[]; exit: Promise<number | null> };

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let s3: S3Server;
let a: Cms;
let b: Cms;
let jobs: string[];

async function freePort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `probe` until it returns a value, or fails naming what never happened. */
async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function startCms(name: string, port: number): Cms {
  const publicDir = path.join(work, name);
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const child = spawn(process.execPath, ['cms/server.js'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
      DATABASE_PORT: process.env.DATABASE_PORT ?? '3306',
      DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'root',
      DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
      DATABASE_NAME: database,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      CRON_ENABLED: 'true',
      CRON_EVERY_SECONDS: String(TICK_SECONDS),
      LOG_LEVEL: 'info',
      SIGOBITO_SEED_IF_EMPTY: 'true',
      DEMO_PASSWORD,
      SERVE_BACKOFFICE: 'false',
      CMS_PUBLIC_DIR: publicDir,
      ...smtp.env,
      // Uploaded files in one (local, private) bucket that both processes share.
      ...s3.env,
    },
  });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, url: `http://127.0.0.1:${port}`, child, output, exit };
}

const logOf = (cms: Cms) => cms.output.join('');
const tail = (cms: Cms) => logOf(cms).split('\n').slice(-40).join('\n');

async function up(cms: Cms) {
  await until(`CMS ${cms.name} answers /_health`, 420_000, async () => {
    if (cms.child.exitCode !== null) throw new Error(`CMS ${cms.name} exited with ${cms.child.exitCode}:\n${tail(cms)}`);
    try {
      return (await fetch(`${cms.url}/_health`)).status < 300 ? true : undefined;
    } catch {
      return undefined;
    }
  });
}

async function stop(cms: Cms | undefined) {
  if (!cms || cms.child.exitCode !== null) return;
  cms.child.kill('SIGTERM');
  const killed = await Promise.race([cms.exit.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 20_000).unref())]);
  if (!killed) cms.child.kill('SIGKILL');
}

/** The address the public site vouches for (signed header): each test is its own client. */
const relayed = (address: string) => {
  const { signRelayedClient, RELAY_HEADER } = require(path.join(CMS_DIST, 'src/edge/relay'));
  return { [RELAY_HEADER]: signRelayedClient(address, Date.now(), process.env.SITE_RELAY_SECRET) } as Record<string, string>;
};

const post = (cms: Cms, route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'sigobito', ...headers }, body: JSON.stringify(body) });

const login = (cms: Cms, from: string, password = DEMO_PASSWORD, route = '/api/auth/local') =>
  post(cms, route, { identifier: 'staff@demo.sigobito.org', password }, relayed(from));

/** A citizen's request as the public site posts it, with a form token signed a minute ago. */
const citizenRequest = (cms: Cms, from: string, email: string) => {
  const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
  const formToken = require(path.join(CMS_DIST, 'src/modules/agenda/form-token')).issueFormToken(Date.now() - 60_000, formSecret());
  const form = { kind: 'audience', subject: 'Alumbrado en la calle 3', description: 'Las lámparas llevan un mes apagadas.', name: 'Marta Ríos', email, phone: '', website: '', formToken };
  return post(cms, '/api/public/requests', form, relayed(from));
};

/** Every scheduled run either process logged: `cron <job>: tick <time> runs on <host:pid>`. */
const cronRuns = () =>
  [a, b].flatMap((cms) => [...logOf(cms).matchAll(/cron (\w+): tick (\S+) runs on (\S+)/g)].map((m) => ({ cms: cms.name, job: m[1], tick: m[2] })));

const keyOf = (m: { headers: Map<string, unknown> }) => String(m.headers.get('x-sigobito-key'));

beforeAll(async () => {
  jobs = Object.keys(require(path.join(CMS_DIST, 'src/jobs/cron-tasks')).cronTasks);
  fs.rmSync(work, { recursive: true, force: true });
  await recreateDatabase(database);
  smtp = await startSmtp();
  s3 = await startS3();
  const [portA, portB] = [await freePort(), await freePort()];
  // Together, on an empty database: each would create the same tables and rows.
  a = startCms('a', portA);
  b = startCms('b', portB);
  await Promise.all([up(a), up(b)]);
});

afterAll(async () => {
  await Promise.all([stop(a), stop(b)]);
  await smtp?.stop();
  await s3?.stop();
  await dropDatabase(database);
  const redis = new Redis(redisUrl);
  for await (const keys of redis.scanStream({ match: `${prefix}*` })) if ((keys as string[]).length) await redis.del(...(keys as string[]));
  await redis.quit();
});

it('starts both processes together on an empty database: one builds the schema while the other waits', () => {
  expect([a.child.exitCode, b.child.exitCode]).toEqual([null, null]);
  const waited = [a, b].filter((cms) => logOf(cms).includes('Another CMS process is starting on this database'));
  expect(waited).toHaveLength(1);
  for (const cms of [a, b]) expect(logOf(cms)).not.toMatch(/already exists|Duplicate key name|ER_DUP/);
});

it('accepts on one process a session opened on the other', async () => {
  const token = ((await (await login(a, '198.51.100.1')).json()) as { jwt: string }).jwt;
  const me = await fetch(`${b.url}/api/backoffice/me`, { headers: { Authorization: `Bearer ${token}`, 'X-Requested-With': 'sigobito' } });
  expect(me.status).toBe(200);

  const session = await login(b, '198.51.100.1', DEMO_PASSWORD, '/api/backoffice/session');
  expect(session.status).toBe(200);
  const cookie = session.headers.getSetCookie().find((c) => c.startsWith('sigobito_session='))!.split(';')[0];
  const meOnA = await fetch(`${a.url}/api/backoffice/me`, { headers: { Cookie: cookie, 'X-Requested-With': 'sigobito' } });
  expect(meOnA.status).toBe(200);
});

it('refuses the 31st login in a minute from one address, however they were split between the processes', async () => {
  const from = '198.51.100.2';
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await login(i % 2 ? b : a, from)).status);
  expect(statuses).toEqual(Array(30).fill(200));
  expect([(await login(a, from)).status, (await login(b, from)).status]).toEqual([429, 429]);
  // Another address is not affected.
  expect((await login(b, '198.51.100.3')).status).toBe(200);
});

it('counts failed passwords of one address across processes and login paths', async () => {
  const from = '198.51.100.4';
  const failures: number[] = [];
  for (let i = 0; i < 15; i++) failures.push((await login(a, from, 'adivinanza')).status);
  for (let i = 0; i < 15; i++) failures.push((await login(b, from, 'adivinanza', '/api/backoffice/session')).status);
  expect(failures).toEqual(Array(30).fill(400));
  // 16 calls on each path is within users-permissions' per-path limit: this 429 is the shared brake's.
  const next = await login(a, from, DEMO_PASSWORD, '/api/backoffice/session');
  expect(next.status).toBe(429);
  expect(((await next.json()) as { error: { message: string } }).error.message).toMatch(/Demasiados intentos/);
});

it('allows five citizen requests an hour from one address across both processes, not five on each', async () => {
  const from = '203.0.113.10';
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await citizenRequest(i < 3 ? a : b, from, `limite-${i}@example.org`)).status);
  expect(statuses).toEqual([201, 201, 201, 201, 201]);
  expect([(await citizenRequest(a, from, 'limite-5@example.org')).status, (await citizenRequest(b, from, 'limite-6@example.org')).status]).toEqual([429, 429]);
});

it('runs each scheduled job once per tick, on one process or the other', async () => {
  const ticksOf = (job: string) => new Set(cronRuns().filter((r) => r.job === job).map((r) => r.tick)).size;
  await until('three ticks of every job', 90_000, () => (jobs.every((job) => ticksOf(job) >= 3) ? true : undefined));
  const runs = cronRuns();
  const perTick = new Map<string, string[]>();
  for (const r of runs) perTick.set(`${r.job}@${r.tick}`, [...(perTick.get(`${r.job}@${r.tick}`) ?? []), r.cms]);
  const twice = [...perTick].filter(([, where]) => where.length > 1);
  expect(twice).toEqual([]);
  expect(new Set(runs.map((r) => r.job))).toEqual(new Set(jobs));
  for (const cms of [a, b]) expect(logOf(cms)).not.toMatch(/Cron job "\w+" failed/);
});

it('sends every e-mail once, whichever process queued it and however many flush the outbox', async () => {
  const from = '203.0.113.20';
  const addresses = ['uno', 'dos', 'tres', 'cuatro'].map((n) => `correo-${n}@example.org`);
  for (const [i, to] of addresses.entries()) expect((await citizenRequest(i % 2 ? b : a, from, to)).status).toBe(201);
  await until('an acknowledgement to each requester', 60_000, () => (addresses.every((to) => smtp.to(to).length > 0) ? true : undefined));
  // Let both processes flush the outbox a few more times: nothing goes out again.
  const flushes = () => cronRuns().filter((r) => r.job === 'outbox').length;
  const seen = flushes();
  await until('three more outbox ticks', 60_000, () => (flushes() >= seen + 3 ? true : undefined));
  expect(addresses.map((to) => smtp.to(to).length)).toEqual([1, 1, 1, 1]);
  const keys = smtp.received.map(keyOf);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
});

it('serves through each process a file uploaded through the other, with the same bytes', async () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
  const bearer = async (cms: Cms) => {
    const res = await post(cms, '/api/auth/local', { identifier: 'goal-manager@demo.sigobito.org', password: DEMO_PASSWORD }, relayed('198.51.100.40'));
    return ((await res.json()) as { jwt: string }).jwt;
  };
  const upload = async (cms: Cms, name: string) => {
    const form = new FormData();
    form.append('files', new Blob([PDF], { type: 'application/pdf' }), name);
    const res = await fetch(`${cms.url}/api/backoffice/uploads`, { method: 'POST', headers: { Authorization: `Bearer ${await bearer(cms)}` }, body: form });
    expect(res.status).toBe(201);
    return ((await res.json()) as Array<{ url: string }>)[0].url;
  };
  const download = async (cms: Cms, url: string) => {
    const res = await fetch(`${cms.url}${url}`);
    return { status: res.status, sha256: sha256(Buffer.from(await res.arrayBuffer())) };
  };
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    const url = await upload(from, `evidencia-${from.name}.pdf`);
    expect(await download(to, url)).toEqual({ status: 200, sha256: sha256(PDF) });
    expect(await download(from, url)).toEqual({ status: 200, sha256: sha256(PDF) });
  }
  // Neither process kept a copy on its own disk.
  for (const cms of [a, b]) expect(fs.readdirSync(path.join(work, cms.name, 'uploads'))).toEqual([]);
});

it('refuses on one process, at once, a session ended on the other: the drop of its cached identity comes over Redis', async () => {
  const res = await post(a, '/api/auth/local', { identifier: 'press@demo.sigobito.org', password: DEMO_PASSWORD }, relayed('198.51.100.50'));
  const token = ((await res.json()) as { jwt: string }).jwt;
  const headers = { Authorization: `Bearer ${token}`, 'X-Requested-With': 'sigobito' };
  const me = async (cms: Cms) => (await fetch(`${cms.url}/api/backoffice/me`, { headers })).status;
  // B now holds who is behind the token; beside another process an entry lives 2 s.
  expect(await me(b)).toBe(200);
  expect((await fetch(`${a.url}/api/backoffice/session`, { method: 'DELETE', headers })).status).toBe(204);
  const ended = Date.now();
  await until('B refuses the session ended on A', 1500, async () => ((await me(b)) === 401 ? true : undefined));
  // Well before B's copy would have expired on its own.
  expect(Date.now() - ended).toBeLessThan(2000);
  expect(await me(a)).toBe(401);
});
