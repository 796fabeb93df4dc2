import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, createGunzip } from 'node:zlib';
import { Transform } from 'node:stream';
import mysql from 'mysql2/promise';
import { repoRoot, type Env } from '@sigobito/config';
import { DumpRowCounter } from './dump-rows';
import { shownPath } from './progress';

/** The database a backup reads or a restore writes, from the same variables as the CMS. */
export type SqliteTarget = { client: 'sqlite'; file: string };
export type MysqlTarget = {
  client: 'mysql';
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: false | { rejectUnauthorized: boolean; ca?: string };
};
export type DbTarget = SqliteTarget | MysqlTarget;

export function dbTarget(env: Env): DbTarget {
  if (env.DATABASE_CLIENT === 'sqlite') return { client: 'sqlite', file: path.resolve(repoRoot, env.DATABASE_FILENAME) };
  return {
    client: 'mysql',
    host: env.DATABASE_HOST,
    port: env.DATABASE_PORT,
    database: env.DATABASE_NAME,
    user: env.DATABASE_USERNAME,
    password: env.DATABASE_PASSWORD,
    ssl: env.DATABASE_SSL ? { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED, ...(env.DATABASE_SSL_CA ? { ca: env.DATABASE_SSL_CA } : {}) } : false,
  };
}

export const describeTarget = (t: DbTarget) => (t.client === 'sqlite' ? `SQLite ${shownPath(t.file, repoRoot)}` : `MariaDB/MySQL ${t.user}@${t.host}:${t.port}/${t.database}`);

// --- SQLite (better-sqlite3, the driver the CMS uses) ----------------------------------------

type SqliteDb = {
  prepare: (sql: string) => { all: () => unknown[]; get: () => unknown };
  backup: (dest: string) => Promise<{ totalPages: number; remainingPages: number }>;
  close: () => void;
};
type SqliteCtor = new (file: string, opts?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDb;
const Sqlite = () => require('better-sqlite3') as SqliteCtor;

function withSqlite<T>(file: string, fn: (db: SqliteDb) => T): T {
  const db = new (Sqlite())(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const quoteSqlite = (name: string) => `"${name.replace(/"/g, '""')}"`;

function sqliteCounts(file: string): Record<string, number> {
  return withSqlite(file, (db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${quoteSqlite(t)}`).get() as { n: number }).n;
    return counts;
  });
}

/** A consistent copy of a live SQLite database through its online backup API. */
async function dumpSqlite(t: SqliteTarget, dest: string): Promise<Record<string, number>> {
  if (!fs.existsSync(t.file)) throw new Error(`No existe la base SQLite ${t.file}`);
  const db = new (Sqlite())(t.file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
  return sqliteCounts(dest);
}

// --- MariaDB / MySQL (their own client programs) ----------------------------------------------

/** The first of these programs on the PATH (Debian's mariadb-client has both names). */
function program(names: string[]): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const n of names) {
      const p = path.join(dir, n);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return p;
      } catch {
        /* next */
      }
    }
  }
  throw new Error(`No se encontró ${names.join(' ni ')}: instale el paquete mariadb-client (apt-get install mariadb-client)`);
}

/**
 * Runs a MariaDB client program. The password goes in MYSQL_PWD, never on the command line
 * (where `ps` shows it to every user); a CA certificate goes in a private temporary file.
 */
async function runClient(
  names: string[],
  t: MysqlTarget,
  args: string[],
  io: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sigobito-db-'));
  try {
    const connection = ['--host', t.host, '--port', String(t.port), '--user', t.user, '--default-character-set=utf8mb4'];
    if (t.ssl) {
      connection.push('--ssl');
      if (t.ssl.rejectUnauthorized) connection.push('--ssl-verify-server-cert');
      if (t.ssl.ca) {
        fs.writeFileSync(path.join(tmp, 'ca.pem'), t.ssl.ca, { mode: 0o600 });
        connection.push(`--ssl-ca=${path.join(tmp, 'ca.pem')}`);
      }
    }
    const env = { ...process.env, MYSQL_PWD: t.password };
    const child = spawn(program(names), [...connection, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const exited = new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    });
    // The program's own message first: a broken pipe only says that it stopped reading.
    const [streamed, exit] = await Promise.allSettled([io(child), exited]);
    const code = exit.status === 'fulfilled' ? exit.value : 1;
    if (code !== 0) throw new Error(`${path.basename(program(names))} terminó con código ${code}: ${stderr.trim() || 'sin mensaje'}`);
    if (streamed.status === 'rejected') throw streamed.reason;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const mysqlConnection = (t: MysqlTarget, database?: string) =>
  mysql.createConnection({ host: t.host, port: t.port, user: t.user, password: t.password, database, charset: 'utf8mb4', ssl: t.ssl || undefined });

const SAFE_NAME = /^[A-Za-z0-9_$-]{1,64}$/;
function safeName(name: string) {
  if (!SAFE_NAME.test(name)) throw new Error(`Nombre de base de datos no admitido: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}
const quoteMysql = (name: string) => `\`${name.replace(/`/g, '``')}\``;

async function mysqlTables(t: MysqlTarget): Promise<string[] | null> {
  const conn = await mysqlConnection(t);
  try {
    const [exists] = await conn.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [t.database]);
    if (!(exists as unknown[]).length) return null;
    const [rows] = await conn.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", [t.database]);
    return (rows as Array<{ name: string }>).map((r) => r.name);
  } finally {
    await conn.end();
  }
}

async function mysqlCounts(t: MysqlTarget): Promise<Record<string, number>> {
  const tables = (await mysqlTables(t)) ?? [];
  const conn = await mysqlConnection(t, t.database);
  try {
    const counts: Record<string, number> = {};
    for (const name of tables) {
      const [rows] = await conn.query(`SELECT COUNT(*) AS n FROM ${quoteMysql(name)}`);
      counts[name] = Number((rows as Array<{ n: number }>)[0].n);
    }
    return counts;
  } finally {
    await conn.end();
  }
}

/**
 * mariadb-dump in one transaction (a consistent snapshot, no lock on InnoDB tables), gzipped;
 * the row counts come from the dump itself, the same snapshot.
 */
async function dumpMysql(t: MysqlTarget, dest: string): Promise<DumpResult> {
  const counter = new DumpRowCounter();
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.write(chunk);
      done(null, chunk);
    },
  });
  // Without --databases: the dump has no CREATE DATABASE/USE, so a restore may pick another name.
  const args = ['--single-transaction', '--routines', '--triggers', '--hex-blob', '--no-tablespaces', t.database];
  // With binary logs on, the dump notes its position in them (MariaDB takes it from the
  // snapshot, without a global lock): point-in-time recovery replays from exactly there.
  if (await binaryLogging(t)) args.unshift('--master-data=2');
  await runClient(['mariadb-dump', 'mysqldump'], t, args, (child) => pipeline(child.stdout!, count, createGzip(), fs.createWriteStream(dest, { flags: 'wx' })));
  return { tables: { ...counter.counts }, ...(counter.binlog ? { binlog: counter.binlog } : {}) };
}

async function binaryLogging(t: MysqlTarget): Promise<boolean> {
  const conn = await mysqlConnection(t);
  try {
    const [rows] = await conn.query('SELECT @@log_bin AS on_');
    return Number((rows as Array<{ on_: number }>)[0].on_) === 1;
  } finally {
    await conn.end();
  }
}

// --- What backup and restore use ----------------------------------------------------------------

export type DumpResult = { tables: Record<string, number>; binlog?: { file: string; position: number } };

/** Copies the database into `dest`; answers the row count of each table in the copy. */
export async function dumpDatabase(t: DbTarget, dest: string): Promise<DumpResult> {
  return t.client === 'sqlite' ? { tables: await dumpSqlite(t, dest) } : dumpMysql(t, dest);
}

/** The backup file's name inside a backup folder. */
export const dumpFileName = (t: DbTarget) => (t.client === 'sqlite' ? 'database.sqlite' : 'database.sql.gz');

/** Exact row counts of every table (a restore compares them with the manifest). */
export function tableCounts(t: DbTarget): Promise<Record<string, number>> {
  return t.client === 'sqlite' ? Promise.resolve(fs.existsSync(t.file) ? sqliteCounts(t.file) : {}) : mysqlCounts(t);
}

/** The tables the database has now (none when it does not exist yet). */
export async function existingTables(t: DbTarget): Promise<string[]> {
  if (t.client === 'sqlite') return fs.existsSync(t.file) && fs.statSync(t.file).size > 0 ? Object.keys(sqliteCounts(t.file)) : [];
  return (await mysqlTables(t)) ?? [];
}

/**
 * Puts a backup's database in place of the target's. SQLite: the file is copied over (no CMS may
 * have it open). MariaDB: the database is created if missing, its tables dropped (a restore with
 * --force onto a used database), and the dump fed to the `mariadb` client.
 */
export async function restoreDatabase(t: DbTarget, dump: string): Promise<void> {
  if (t.client === 'sqlite') {
    fs.mkdirSync(path.dirname(t.file), { recursive: true });
    const tmp = `${t.file}.restoring`;
    fs.copyFileSync(dump, tmp);
    // A journal left by the old database would be replayed into the restored one.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(t.file + suffix, { force: true });
    fs.renameSync(tmp, t.file);
    return;
  }
  const tables = await mysqlTables(t);
  const conn = await mysqlConnection(t);
  try {
    if (tables === null) await conn.query(`CREATE DATABASE ${safeName(t.database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    else if (tables.length) {
      await conn.query(`USE ${safeName(t.database)}`);
      await conn.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const name of tables) await conn.query(`DROP TABLE ${quoteMysql(name)}`);
    }
  } finally {
    await conn.end();
  }
  await runClient(['mariadb', 'mysql'], t, ['--binary-mode', t.database], (child) => pipeline(fs.createReadStream(dump), createGunzip(), child.stdin!));
}

/** Where uploaded files are kept (the local upload provider writes to <public>/uploads). */
export const uploadsDir = (env: Env) => path.resolve(repoRoot, env.CMS_PUBLIC_DIR, 'uploads');
