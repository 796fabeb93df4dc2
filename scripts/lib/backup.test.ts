import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseEnv, SECRET_VARIABLES, type Env } from '@sigobito/config';
import { createBackup } from './backup';
import { backupFolderName, MANIFEST, type Manifest } from './manifest';
import { restoreBackup } from './restore';

/* Backup and restore of a small SQLite database and uploads folder, end to end, without the CMS
   (the restore drill in tests/ops does it with a real one, on SQLite and MariaDB). */

type Db = { exec: (sql: string) => void; prepare: (sql: string) => { get: () => unknown; run: (...a: unknown[]) => unknown }; close: () => void };
const Sqlite = require('better-sqlite3') as new (file: string) => Db;

const secrets = Object.fromEntries(SECRET_VARIABLES.map((k) => [k, 'x'.repeat(32)]));
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

let dir: string;
let lines: string[];
const log = (l: string) => lines.push(l);
const envFor = (name: string, over: Record<string, string> = {}): Env =>
  parseEnv({ ...secrets, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, name, 'db.sqlite'), CMS_PUBLIC_DIR: path.join(dir, name, 'public'), BACKUP_DIR: path.join(dir, 'backups'), ...over });
const live = () => envFor('live');
const fresh = () => envFor('fresh');

function query<T>(env: Env, sql: string): T {
  const db = new Sqlite(env.DATABASE_FILENAME);
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}
const actors = (env: Env) => query<{ n: number }>(env, 'SELECT COUNT(*) AS n FROM actors').n;
const uploads = (env: Env) => path.join(env.CMS_PUBLIC_DIR, 'uploads');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigobito-backup-'));
  lines = [];
  const env = live();
  fs.mkdirSync(uploads(env), { recursive: true });
  const db = new Sqlite(env.DATABASE_FILENAME);
  db.exec("CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE files (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO actors (name) VALUES ('Rosa'), ('Juan'), ('Ana');");
  db.close();
  fs.writeFileSync(path.join(uploads(env), 'acta_1.png'), PNG);
  fs.writeFileSync(path.join(uploads(env), 'informe_2.pdf'), '%PDF-1.4\n%%EOF\n');
  fs.writeFileSync(path.join(uploads(env), '.gitkeep'), '');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run backup', () => {
  it('writes the database, the uploaded files and a manifest with row counts and checksums into a dated folder', async () => {
    const now = new Date('2026-03-10T02:00:00Z');
    const { folder, manifest } = await createBackup({ env: live(), now, log });
    expect(path.basename(folder)).toBe('sigobito-2026-03-10T02-00-00Z');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(JSON.parse(fs.readFileSync(path.join(folder, MANIFEST), 'utf8'))).toEqual(manifest);
    expect(manifest).toMatchObject({ createdAt: '2026-03-10T02:00:00.000Z', database: { client: 'sqlite', file: 'database.sqlite', tables: { actors: 3, files: 0 } }, uploads: { files: 2 } });
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(manifest.files.map((f) => f.path)).toEqual(['database.sqlite', 'uploads/acta_1.png', 'uploads/informe_2.pdf']);
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(folder, f.path));
      expect({ size: bytes.length, sha256: sha(bytes) }).toEqual({ size: f.size, sha256: f.sha256 });
    }
    expect(manifest.files[1].sha256).toBe(sha(PNG));
    expect(lines).toEqual([
      expect.stringMatching(/^Respaldo de SIGOBito en .*sigobito-2026-03-10T02-00-00Z$/),
      expect.stringMatching(/^ {2}Base de datos \(SQLite .*\): 2 tablas, 3 filas → database.sqlite, [\d.]+ KB en [\d.]+ s$/),
      expect.stringMatching(/^ {2}Archivos subidos \(.*uploads\): 2 archivos, \d+ B en [\d.]+ s$/),
      expect.stringMatching(/^ {2}Manifiesto: 3 archivos con su sha256, commit [0-9a-f]{12}$/),
      '  Retención (7 diarios, 4 semanales, 12 mensuales): se conservan 1, no se borró ninguno',
      expect.stringMatching(/^Respaldo completo en [\d.]+ s: [\d.]+ KB$/),
    ]);
  });

  it('copies what was committed, not a write still in progress', async () => {
    const writer = new Sqlite(live().DATABASE_FILENAME);
    writer.exec("BEGIN; INSERT INTO actors (name) VALUES ('a medias');");
    try {
      const { manifest, folder } = await createBackup({ env: live(), log });
      expect(manifest.database.tables.actors).toBe(3);
      expect(query<{ n: number }>({ ...live(), DATABASE_FILENAME: path.join(folder, 'database.sqlite') }, 'SELECT COUNT(*) AS n FROM actors').n).toBe(3);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  it('then deletes the backups the retention policy does not keep, and nothing that is not a whole backup', async () => {
    const root = live().BACKUP_DIR;
    const old = Array.from({ length: 9 }, (_, i) => backupFolderName(new Date(Date.UTC(2026, 2, 9 - i, 2))));
    for (const name of old) {
      fs.mkdirSync(path.join(root, name), { recursive: true });
      fs.writeFileSync(path.join(root, name, MANIFEST), '{}');
    }
    const incomplete = backupFolderName(new Date(Date.UTC(2026, 0, 1, 2)));
    fs.mkdirSync(path.join(root, incomplete));
    fs.mkdirSync(path.join(root, 'notas'));
    const { removed } = await createBackup({ env: live(), now: new Date('2026-03-10T02:00:00Z'), log, retention: { daily: 7, weekly: 0, monthly: 0 } });
    // Today's backup and the 6 nights before it are kept; 03-03 … 03-01 go.
    expect(removed).toEqual(old.slice(6).sort());
    expect(fs.readdirSync(root).sort()).toEqual(['notas', incomplete, ...old.slice(0, 6), 'sigobito-2026-03-10T02-00-00Z'].sort());
    expect(lines).toContain(`  Retención (7 diarios, 0 semanales, 0 mensuales): se conservan 7, se borraron 3: ${old.slice(6).sort().join(', ')}`);
  });

  it('fails with a message and leaves no folder behind when the database is not there', async () => {
    const env = envFor('live', { DATABASE_FILENAME: path.join(dir, 'nada.sqlite') });
    await expect(createBackup({ env, log })).rejects.toThrow(/No existe la base SQLite .*nada.sqlite/);
    expect(fs.readdirSync(env.BACKUP_DIR)).toEqual([]);
  });
});

describe('npm run restore', () => {
  let folder: string;
  beforeEach(async () => {
    ({ folder } = await createBackup({ env: live(), log: () => undefined }));
    lines = [];
  });

  it('puts the database and the files into an empty target, checks the row counts and says what it did', async () => {
    const result = await restoreBackup(folder, { env: fresh(), log, checkCmsStopped: false });
    expect(result).toMatchObject({ tables: 2, rows: 3, files: 2 });
    expect(actors(fresh())).toBe(3);
    expect(fs.readFileSync(path.join(uploads(fresh()), 'acta_1.png'))).toEqual(PNG);
    expect(fs.readdirSync(uploads(fresh())).sort()).toEqual(['acta_1.png', 'informe_2.pdf']);
    expect(lines).toEqual([
      `Restauración desde ${folder}`,
      expect.stringMatching(/^ {2}Manifiesto verificado: respaldo del .* \(sqlite, commit [0-9a-f]{12}\), 3 archivos, [\d.]+ KB, sha256 correctos en [\d.]+ s$/),
      expect.stringMatching(/^ {2}Base de datos restaurada en SQLite .*fresh\/db.sqlite en [\d.]+ s$/),
      expect.stringMatching(/^ {2}Archivos restaurados en .*fresh\/public\/uploads: 2, \d+ B en [\d.]+ s$/),
      expect.stringMatching(/^ {2}Filas verificadas: 2 tablas, 3 filas, iguales al manifiesto/),
      expect.stringMatching(/^Restauración completa en [\d.]+ s\./),
    ]);
  });

  it('refuses a database or an uploads folder that has data, changing nothing, unless forced', async () => {
    const env = live();
    fs.writeFileSync(path.join(uploads(env), 'posterior_3.png'), PNG);
    const db = new Sqlite(env.DATABASE_FILENAME);
    db.exec("INSERT INTO actors (name) VALUES ('posterior')");
    db.close();
    await expect(restoreBackup(folder, { env, log, checkCmsStopped: false })).rejects.toThrow(
      /^El destino no está vacío: la base de datos SQLite .* tiene 2 tablas; la carpeta .*uploads tiene 3 archivos\. No se cambió nada\. Para reemplazarlo, repita con --force\.$/,
    );
    expect(actors(env)).toBe(4);

    // Only the uploads folder has data: still refused.
    const onlyFiles = envFor('other', { CMS_PUBLIC_DIR: env.CMS_PUBLIC_DIR });
    await expect(restoreBackup(folder, { env: onlyFiles, log, checkCmsStopped: false })).rejects.toThrow(/^El destino no está vacío: la carpeta .*uploads tiene 3 archivos/);
    expect(fs.existsSync(onlyFiles.DATABASE_FILENAME)).toBe(false);

    await restoreBackup(folder, { env, log, force: true, checkCmsStopped: false });
    expect(actors(env)).toBe(3);
    expect(fs.readdirSync(uploads(env)).sort()).toEqual(['.gitkeep', 'acta_1.png', 'informe_2.pdf']);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}--force: se reemplaza lo que había/));
  });

  it('refuses a backup whose files do not match the manifest before touching anything', async () => {
    const png = path.join(folder, 'uploads', 'acta_1.png');
    const bytes = fs.readFileSync(png);
    bytes[bytes.length - 1] ^= 1;
    fs.writeFileSync(png, bytes);
    fs.rmSync(path.join(folder, 'uploads', 'informe_2.pdf'));
    await expect(restoreBackup(folder, { env: fresh(), log, checkCmsStopped: false })).rejects.toThrow(
      'El respaldo está dañado o incompleto (2 archivo(s)):\n  uploads/acta_1.png: el sha256 no coincide\n  uploads/informe_2.pdf: falta',
    );
    expect(fs.existsSync(fresh().DATABASE_FILENAME)).toBe(false);
    expect(fs.existsSync(uploads(fresh()))).toBe(false);
  });

  it('refuses a folder that is not a whole backup, and a backup of another database engine', async () => {
    await expect(restoreBackup(path.join(dir, 'nada'), { env: fresh(), log })).rejects.toThrow(/^No existe la carpeta de respaldo/);
    await expect(restoreBackup(live().CMS_PUBLIC_DIR, { env: fresh(), log })).rejects.toThrow(/no es un respaldo completo: falta manifest.json/);
    const mysql = envFor('fresh', { DATABASE_CLIENT: 'mysql' });
    await expect(restoreBackup(folder, { env: mysql, log })).rejects.toThrow('El respaldo es de sqlite y la configuración (DATABASE_CLIENT) usa mysql: restaure con el mismo motor');
  });

  it('fails when the restored rows differ from the manifest, naming the table', async () => {
    const file = path.join(folder, MANIFEST);
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    manifest.database.tables.actors = 5;
    fs.writeFileSync(file, JSON.stringify(manifest));
    await expect(restoreBackup(folder, { env: fresh(), log, checkCmsStopped: false })).rejects.toThrow('Las filas restauradas no coinciden con el manifiesto (1 tablas):\n  actors: 5 → 3');
  });

  it('refuses while a CMS answers at the configured address', async () => {
    const server = http.createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const env = envFor('fresh', { HOST: '127.0.0.1', PORT: String(port) });
      await expect(restoreBackup(folder, { env, log })).rejects.toThrow(`El CMS responde en http://127.0.0.1:${port}/_health: deténgalo antes de restaurar`);
      expect(fs.existsSync(env.DATABASE_FILENAME)).toBe(false);
    } finally {
      server.close();
    }
  });
});
