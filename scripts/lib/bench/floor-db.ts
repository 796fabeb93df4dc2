import mysql from 'mysql2/promise';
import type { DbTarget } from '../database';

/** The floor's database access: the raw driver, statements prepared once, rows as plain objects. */
export type Row = Record<string, unknown>;
export interface FloorDb {
  client: DbTarget['client'];
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** A datetime column's value as an ISO string (SQLite stores epoch ms, MariaDB a DATETIME). */
  iso(v: unknown): string | null;
  /** An instant as a datetime column compares it (SQLite: epoch ms; MariaDB: a Date). */
  instant(ms: number): unknown;
  /** A date column's value as AAAA-MM-DD. */
  day(v: unknown): string | null;
  close(): Promise<void>;
}

type Statement = { all: (...p: unknown[]) => Row[] };

export async function openFloorDb(target: DbTarget): Promise<FloorDb> {
  if (target.client === 'sqlite') {
    const Database = require('better-sqlite3') as new (file: string, o: object) => { prepare: (s: string) => Statement; pragma: (s: string) => unknown; close: () => void };
    const db = new Database(target.file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const cache = new Map<string, Statement>();
    return {
      client: target.client,
      async all(sql, params = []) {
        let st = cache.get(sql);
        if (!st) cache.set(sql, (st = db.prepare(sql)));
        return st.all(...params);
      },
      iso: (v) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number)).toISOString()),
      day: (v) => (v === null || v === undefined ? null : String(v).slice(0, 10)),
      instant: (ms) => ms,
      close: async () => db.close(),
    };
  }
  const pool = mysql.createPool({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4',
    dateStrings: ['DATE'],
    connectionLimit: 10,
    ssl: target.ssl || undefined,
  });
  return {
    client: target.client,
    async all(sql, params = []) {
      const [rows] = await pool.query(sql, params);
      return rows as Row[];
    },
    iso: (v) => (v === null || v === undefined ? null : new Date(v as Date).toISOString()),
    day: (v) => (v === null || v === undefined ? null : String(v).slice(0, 10)),
    instant: (ms) => new Date(ms),
    close: () => pool.end(),
  };
}
