import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * A backup is one folder: the database (`database.sqlite`, or `database.sql.gz` from
 * mariadb-dump), the uploaded files under `uploads/`, and `manifest.json`, written last, which
 * says what the folder holds and lets a restore prove it is intact before touching anything.
 */
export const MANIFEST = 'manifest.json';
export const UPLOADS = 'uploads';
export const FORMAT = 1;

export type DatabaseClient = 'sqlite' | 'mysql';
export type FileEntry = { path: string; size: number; sha256: string };
export type Manifest = {
  format: typeof FORMAT;
  createdAt: string;
  commit: string | null;
  database: {
    client: DatabaseClient;
    file: string;
    tables: Record<string, number>;
    /** MariaDB with binary logging on: where to start replaying them for point-in-time recovery. */
    binlog?: { file: string; position: number };
  };
  uploads: { files: number; bytes: number };
  files: FileEntry[];
};

const NAME = /^sigobito-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/;

/** Pure: the folder name of a backup taken at `date` (sortable, no colons). */
export function backupFolderName(date: Date): string {
  return `sigobito-${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** Pure: the date in a backup folder's name, or null for any other name. */
export function parseBackupFolderName(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return backupFolderName(date) === name ? date : null;
}

/** Pure: how the row counts of a restored database differ from the manifest's ("table: expected → found"). */
export function countDifferences(expected: Record<string, number>, found: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return tables
    .filter((t) => !Object.hasOwn(expected, t) || !Object.hasOwn(found, t) || expected[t] !== found[t])
    .map((t) => `${t}: ${Object.hasOwn(expected, t) ? expected[t] : 'no está en el respaldo'} → ${Object.hasOwn(found, t) ? found[t] : 'falta'}`);
}

/** Pure: the manifest's shape, or a message saying what is wrong with it. */
export function parseManifest(text: string): Manifest {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST} no es JSON válido`);
  }
  const o = m as Partial<Manifest> | null;
  const bad = (what: string) => new Error(`${MANIFEST} no es válido: ${what}`);
  if (!o || typeof o !== 'object') throw bad('no es un objeto');
  if (o.format !== FORMAT) throw bad(`formato ${String(o.format)} desconocido (se espera ${FORMAT})`);
  if (typeof o.createdAt !== 'string' || Number.isNaN(Date.parse(o.createdAt))) throw bad('createdAt');
  const db = o.database;
  if (!db || (db.client !== 'sqlite' && db.client !== 'mysql') || typeof db.file !== 'string' || !db.tables || typeof db.tables !== 'object') throw bad('database');
  if (!Object.values(db.tables).every((n) => Number.isInteger(n) && n >= 0)) throw bad('database.tables');
  if (!Array.isArray(o.files)) throw bad('files');
  for (const f of o.files) {
    if (!f || typeof f.path !== 'string' || !Number.isInteger(f.size) || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) throw bad('files');
    if (!isInside(f.path)) throw bad(`la ruta ${JSON.stringify(f.path)} sale de la carpeta del respaldo`);
  }
  if (!o.files.some((f) => f.path === db.file)) throw bad(`no lista el archivo de la base de datos ${db.file}`);
  return o as Manifest;
}

/** Pure: a relative path that stays inside the folder it is relative to. */
export function isInside(rel: string): boolean {
  if (!rel || path.isAbsolute(rel) || rel.includes('\\') || rel.includes('\0')) return false;
  return rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** Copies a file (or a stream) and returns the sha256 and size of what was copied, reading it once. */
export async function copyHashed(from: string | Readable, to: string): Promise<{ sha256: string; size: number }> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const hash = crypto.createHash('sha256');
  let size = 0;
  const source = typeof from === 'string' ? fs.createReadStream(from) : from;
  source.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  await pipeline(source, fs.createWriteStream(to, { flags: 'wx' }));
  return { sha256: hash.digest('hex'), size };
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Reads a backup folder's manifest and checks every file it lists against its size and sha256.
 * Throws, naming each file that is missing or changed.
 */
export async function verifyBackup(folder: string, progress: (done: number, total: number) => void = () => undefined): Promise<Manifest> {
  const file = path.join(folder, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${folder} no es un respaldo completo: falta ${MANIFEST}`);
  const manifest = parseManifest(fs.readFileSync(file, 'utf8'));
  const problems: string[] = [];
  let done = 0;
  for (const f of manifest.files) {
    const p = path.join(folder, f.path);
    if (!fs.existsSync(p)) problems.push(`${f.path}: falta`);
    else if (fs.statSync(p).size !== f.size) problems.push(`${f.path}: tamaño ${fs.statSync(p).size}, se esperaba ${f.size}`);
    else if ((await sha256File(p)) !== f.sha256) problems.push(`${f.path}: el sha256 no coincide`);
    progress(++done, manifest.files.length);
  }
  if (problems.length) throw new Error(`El respaldo está dañado o incompleto (${problems.length} archivo(s)):\n  ${problems.slice(0, 20).join('\n  ')}`);
  return manifest;
}
