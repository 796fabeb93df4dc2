/**
 * Issue 11: a backup is only as good as its last restore. The drill backs up a lived-in CMS
 * with `npm run backup`, writes more, stops it, restores with `npm run restore` into a fresh
 * database and uploads folder, boots a new CMS on them and checks that it is the same system.
 * SQLite by default; MariaDB with DATABASE_CLIENT=mysql (as in .ci/run).
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import type { DataProvider } from 'ra-core';
import { getEnv, resetEnvCache } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';
import { startSmtp } from '../integration/helpers/smtp';
import { dropDatabase } from '../integration/helpers/mysql';
import { memberId } from '../integration/helpers/agenda';
import { CMS_DIST } from '../../scripts/lib/cms';
import { dbTarget, tableCounts } from '../../scripts/lib/database';
import { parseManifest, type Manifest } from '../../scripts/lib/manifest';
import { signUploadUrl, uploadSecret } from '../../cms/src/backoffice/signed-urls';

const root = path.resolve(__dirname, '../..');
const worker = process.env.JEST_WORKER_ID ?? '1';
const onMysql = process.env.DATABASE_CLIENT === 'mysql';
const work = path.join(root, '.tmp', `ops-drill-${worker}`);
const baseName = process.env.DATABASE_NAME ?? 'sigobito_test';
const original = { file: path.join(work, 'original.db'), name: `${baseName}_drill`, publicDir: path.join(work, 'original') };
const fresh = { file: path.join(work, 'restored.db'), name: `${baseName}_restored`, publicDir: path.join(work, 'restored') };
const saved = { DATABASE_NAME: process.env.DATABASE_NAME, DATABASE_FILENAME: process.env.DATABASE_FILENAME, CMS_PUBLIC_DIR: process.env.CMS_PUBLIC_DIR };

/** Points this process (and the CLIs it runs) at one database and uploads folder. */
function use(place: typeof original) {
  if (onMysql) process.env.DATABASE_NAME = place.name;
  else process.env.DATABASE_FILENAME = place.file;
  process.env.CMS_PUBLIC_DIR = place.publicDir;
  resetEnvCache();
}

/** Runs `npm run backup|restore` as an operator would, with this process's environment. */
function cli(script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [require.resolve('tsx/cli'), `scripts/${script}.ts`, ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: the restore's "is a CMS running?" check finds none there. */
async function freePort() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return String(port);
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const outbox = () => require(path.join(CMS_DIST, 'src/notifications/outbox'));
const keyOf = (m: { headers: Map<string, unknown> }) => String(m.headers.get('x-sigobito-key'));

// The smallest valid PNG (one pixel) and a minimal PDF: uploads are kept for what their bytes are.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let app: TestApp;
let restored: TestApp;
let manifest: Manifest;
let backupRun: Awaited<ReturnType<typeof cli>>;
let restoreRun: Awaited<ReturnType<typeof cli>>;
let refusedWhileRunning: Awaited<ReturnType<typeof cli>>;
let refusedUsedTarget: Awaited<ReturnType<typeof cli>>;
let countsBeforeBoot: Record<string, number>;
let milestoneId: string;
let evidenceName: string;
/** How many files the demo itself stores (the news images), as rows of the media library. */
let demoFileRows: number;
/** sha256 of each uploaded file as the original CMS served it (Strapi re-encodes images). */
const servedBefore = new Map<string, string>();
let laterActorId: string;
let laterUpload: string;
let sentBeforeBackup: string[];
const publicAnswers = new Map<string, string>();

const now = Date.now();
const PUBLIC_URLS = [
  '/api/public/goals',
  `/api/public/agenda?from=${new Date(now - 30 * 86_400_000).toISOString()}&to=${new Date(now + 90 * 86_400_000).toISOString()}`,
  '/api/public/open-data/goals.csv',
  '/api/public/open-data/milestones.csv',
];

const upload = async (a: TestApp, name: string, body: Buffer, contentType: string) => {
  const res = await a.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${await a.login('goal-manager')}`).attach('files', body, { filename: name, contentType });
  if (res.status !== 201) throw new Error(`upload ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0] as { id: number; url: string; name: string };
};

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(original.publicDir, 'uploads'), { recursive: true });
  smtp = await startSmtp();
  Object.assign(process.env, smtp.env);

  // A lived-in CMS: the demo with its agenda and goals, evidence files, mail sent and waiting.
  use(original);
  app = await startApp({ agenda: true, goals: true });
  // The demo's own files (the news images and their resized formats), as stored and served.
  const uploadsDir = path.join(original.publicDir, 'uploads');
  for (const name of fs.readdirSync(uploadsDir)) servedBefore.set(`/uploads/${name}`, sha256(fs.readFileSync(path.join(uploadsDir, name))));
  demoFileRows = await app.strapi.db.query('plugin::upload.file').count();
  const followUp = await app.client('follow-up');
  const goal = (await followUp.create('goals', { data: { code: 'M-91', title: 'Simulacro de restauración', manager: await memberId(followUp, 'goal-manager'), status: 'in_execution' } })).data;
  const photo = await upload(app, 'acta.png', PNG, 'image/png');
  const report = await upload(app, 'informe.pdf', PDF, 'application/pdf');
  for (const f of [photo, report]) servedBefore.set(f.url.split('?')[0], sha256((await app.http.get(f.url).buffer(true)).body));
  const manager = await app.client('goal-manager');
  const milestone = (await manager.create('milestones', { data: { goal: goal.id, order: 1, title: 'Acta firmada', dueDate: '2030-01-01', evidence: [photo.id] } })).data;
  milestoneId = String(milestone.id);
  evidenceName = photo.url.split('?')[0];

  const { enqueue, flushOutbox, resetTransport } = outbox();
  while ((await flushOutbox(app.strapi)) > 0);
  await enqueue(app.strapi, { key: 'drill:sent', to: 'enviado@example.org', subject: 'Enviado antes del respaldo', text: 'uno' });
  await flushOutbox(app.strapi);
  // The mail server is down for this one: it waits in the outbox, to be retried in a minute.
  process.env.SMTP_PORT = '1';
  resetEnvCache();
  resetTransport();
  await enqueue(app.strapi, { key: 'drill:pending', to: 'pendiente@example.org', subject: 'Pendiente al respaldar', text: 'dos' });
  await flushOutbox(app.strapi);
  process.env.SMTP_PORT = smtp.env.SMTP_PORT;
  resetEnvCache();
  resetTransport();
  sentBeforeBackup = smtp.received.map(keyOf);

  for (const url of PUBLIC_URLS) {
    const res = await app.http.get(url).buffer(true);
    expect(res.status).toBe(200);
    publicAnswers.set(url, res.text);
  }

  backupRun = await cli('backup', [], { BACKUP_DIR: path.join(work, 'backups') });
  const folders = fs.existsSync(path.join(work, 'backups')) ? fs.readdirSync(path.join(work, 'backups')) : [];
  if (backupRun.code !== 0 || folders.length !== 1) throw new Error(`backup failed: ${backupRun.stdout}${backupRun.stderr}`);
  const folder = path.join(work, 'backups', folders[0]);
  manifest = parseManifest(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));

  // Life goes on after the backup: these writes are lost in the disaster.
  const agenda = await app.client('agenda');
  laterActorId = String((await agenda.create('actors', { data: { name: 'Actor posterior al respaldo', kind: 'person' } })).data.id);
  laterUpload = (await upload(app, 'posterior.png', PNG, 'image/png')).url.split('?')[0];

  // The restore will not run under a live CMS.
  use(fresh);
  refusedWhileRunning = await cli('restore', [folder], { HOST: '127.0.0.1', PORT: String(new URL(app.baseUrl).port) });
  await app.stop();

  // Nor onto a database and folder that have data.
  use(original);
  refusedUsedTarget = await cli('restore', [folder], { PORT: await freePort() });

  use(fresh);
  if (onMysql) await dropDatabase(fresh.name);
  restoreRun = await cli('restore', [folder], { PORT: await freePort() });
  if (restoreRun.code !== 0) throw new Error(`restore failed: ${restoreRun.stdout}${restoreRun.stderr}`);
  countsBeforeBoot = await tableCounts(dbTarget(getEnv()));
  restored = await startApp({ keepDatabase: true, seed: false });
}, 300_000);

afterAll(async () => {
  await restored?.stop();
  await smtp?.stop();
  if (onMysql) {
    await dropDatabase(original.name);
    await dropDatabase(fresh.name);
  }
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  resetEnvCache();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the restore drill', () => {
  it('backs up with one command that reports each step and writes a manifest of what it holds', () => {
    expect(backupRun.stdout).toMatch(/Base de datos \((SQLite|MariaDB\/MySQL) .*\): \d+ tablas, \d+ filas → database\.(sqlite|sql\.gz)/);
    expect(backupRun.stdout).toMatch(new RegExp(`Archivos subidos \\(.*\\): ${servedBefore.size} archivos`));
    expect(backupRun.stdout).toMatch(/Respaldo completo en/);
    expect(manifest.database.client).toBe(onMysql ? 'mysql' : 'sqlite');
    expect(manifest.database.tables).toMatchObject({ actors: expect.any(Number), goals: expect.any(Number), files: demoFileRows + 2, notifications: expect.any(Number) });
    const files = manifest.files.filter((f) => f.path.startsWith('uploads/'));
    expect(Object.fromEntries(files.map((f) => [`/${f.path}`, f.sha256]))).toEqual(Object.fromEntries(servedBefore));
  });

  it('refuses to restore while the CMS runs, and onto a database that has data, changing nothing', async () => {
    expect(refusedWhileRunning.code).toBe(1);
    expect(refusedWhileRunning.stderr).toMatch(/^Restauración fallida: El CMS responde en http:\/\/127\.0\.0\.1:\d+\/_health: deténgalo antes de restaurar/);
    expect(refusedUsedTarget.code).toBe(1);
    expect(refusedUsedTarget.stderr).toMatch(/^Restauración fallida: El destino no está vacío: la base de datos .* tiene \d+ tablas; la carpeta .*uploads tiene \d+ archivos\. No se cambió nada\. Para reemplazarlo, repita con --force\./);
    expect(refusedUsedTarget.stderr).toContain(`uploads tiene ${servedBefore.size + 1} archivos.`);
    expect(fs.readdirSync(path.join(original.publicDir, 'uploads'))).toHaveLength(servedBefore.size + 1);
  });

  it('restores into a fresh database and folder, checking the files and the row counts, and says what it did', () => {
    expect(restoreRun.stdout).toMatch(/Manifiesto verificado: .* sha256 correctos/);
    expect(restoreRun.stdout).toMatch(new RegExp(`Archivos restaurados en .*: ${servedBefore.size},`));
    expect(restoreRun.stdout).toMatch(/Filas verificadas: \d+ tablas, \d+ filas, iguales al manifiesto/);
    expect(countsBeforeBoot).toEqual(manifest.database.tables);
  });

  it('boots a CMS whose row counts equal the manifest', async () => {
    // Any restart may add a row of Strapi's own settings (a notice it shows once per app).
    const { strapi_core_store_settings: settings, ...counts } = await tableCounts(dbTarget(getEnv()));
    const { strapi_core_store_settings: settingsBefore, ...expected } = manifest.database.tables;
    expect(counts).toEqual(expected);
    expect(settings).toBeGreaterThanOrEqual(settingsBefore);
  });

  it('has none of the writes made after the backup', async () => {
    const agenda = await restored.client('agenda');
    await expect(agenda.getOne('actors', { id: laterActorId })).rejects.toMatchObject({ status: 404 });
    expect(await restored.strapi.db.query('plugin::upload.file').findOne({ where: { url: laterUpload } })).toBeNull();
    expect(fs.existsSync(path.join(fresh.publicDir, laterUpload))).toBe(false);
  });

  it('lets the demo users log in', async () => {
    const res = await restored.http.post('/api/auth/local').send({ identifier: 'mayor@demo.sigobito.org', password: process.env.DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const goals = await restored.http.get('/api/backoffice/goals').set('Authorization', `Bearer ${res.body.jwt}`);
    expect(goals.status).toBe(200);
  });

  it('serves every backed-up file at its signed address with the same sha256', async () => {
    const files = manifest.files.filter((f) => f.path.startsWith('uploads/'));
    expect(files).toHaveLength(servedBefore.size);
    for (const f of files) {
      const res = await restored.http.get(signUploadUrl(`/${f.path}`, Date.now(), uploadSecret())).buffer(true);
      expect(res.status).toBe(200);
      expect(sha256(res.body)).toBe(f.sha256);
    }
    // The evidence of the milestone, at the address the back-office API hands out now.
    const manager: DataProvider = await restored.client('goal-manager');
    const { data } = await manager.getOne('milestones', { id: milestoneId });
    expect(data.evidence.map((e: { url: string }) => e.url.split('?')[0])).toEqual([evidenceName]);
    const served = await restored.http.get(data.evidence[0].url).buffer(true);
    expect(served.status).toBe(200);
    expect(sha256(served.body)).toBe(servedBefore.get(evidenceName));
  });

  it('answers the public API byte for byte as before', async () => {
    for (const url of PUBLIC_URLS) {
      const res = await restored.http.get(url).buffer(true);
      expect({ url, status: res.status, body: res.text }).toEqual({ url, status: 200, body: publicAnswers.get(url) });
    }
  });

  it('sends what was waiting in the outbox once, and nothing that had been sent', async () => {
    expect(sentBeforeBackup).toContain('drill:sent');
    expect(sentBeforeBackup).not.toContain('drill:pending');
    const before = smtp.received.length;
    const { flushOutbox, resetTransport } = outbox();
    resetTransport();
    await flushOutbox(restored.strapi, new Date(Date.now() + 2 * 3600_000));
    const after = smtp.received.slice(before).map(keyOf);
    expect(after).toContain('drill:pending');
    expect(after.filter((k) => k === 'drill:pending')).toHaveLength(1);
    expect(after.filter((k) => sentBeforeBackup.includes(k))).toEqual([]);
  });
});
