import fs from 'node:fs';
import mysql from 'mysql2/promise';
import type { DbTarget } from '../database';

/**
 * Where generated rows go: the Strapi tables of a CMS that has booted once (so the schema
 * exists), through the raw drivers, in multi-row INSERTs inside one transaction.
 */
export type Cell = string | number | boolean | Date | null;
export interface Sink {
  readonly client: 'sqlite' | 'mysql';
  /** The highest id of a table (0 when empty). */
  maxId(table: string): Promise<number>;
  columns(table: string): Promise<string[]>;
  insert(table: string, columns: string[], rows: Cell[][]): Promise<void>;
  all<T = Record<string, unknown>>(sql: string, params?: Cell[]): Promise<T[]>;
  /** A datetime column's value as the CMS stores it (SQLite: epoch ms; MariaDB: DATETIME). */
  instant(d: Date): Cell;
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** Planner statistics of the tables just filled. */
  analyze(tables: string[]): Promise<void>;
  close(): Promise<void>;
}

const q = (name: string) => '`' + name.replace(/`/g, '``') + '`';

type SqliteStatement = { run: (...params: unknown[]) => unknown; all: (...params: unknown[]) => unknown[]; get: (...params: unknown[]) => unknown };
type SqliteDb = { prepare: (sql: string) => SqliteStatement; exec: (sql: string) => void; pragma: (s: string) => unknown; close: () => void };

class SqliteSink implements Sink {
  readonly client = 'sqlite' as const;
  private statements = new Map<string, SqliteStatement>();
  constructor(private db: SqliteDb) {}
  async maxId(table: string) {
    return Number((this.db.prepare(`SELECT COALESCE(MAX(id), 0) AS m FROM ${q(table)}`).get() as { m: number }).m);
  }
  async columns(table: string) {
    return (this.db.prepare(`PRAGMA table_info(${q(table)})`).all() as Array<{ name: string }>).map((c) => c.name);
  }
  async insert(table: string, columns: string[], rows: Cell[][]) {
    // Under SQLite's 32,766 bound parameters a statement.
    const per = Math.max(1, Math.floor(30000 / columns.length));
    const cell = (v: Cell) => (typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.getTime() : v);
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const key = `${table}|${columns.join(',')}|${chunk.length}`;
      let st = this.statements.get(key);
      if (!st) {
        const tuple = `(${columns.map(() => '?').join(',')})`;
        st = this.db.prepare(`INSERT INTO ${q(table)} (${columns.map(q).join(',')}) VALUES ${Array(chunk.length).fill(tuple).join(',')}`);
        this.statements.set(key, st);
      }
      st.run(...chunk.flat().map(cell));
    }
  }
  async all<T>(sql: string, params: Cell[] = []) {
    return this.db.prepare(sql).all(...params) as T[];
  }
  instant(d: Date) {
    return d.getTime();
  }
  async begin() {
    this.db.exec('BEGIN');
  }
  async commit() {
    this.db.exec('COMMIT');
  }
  async analyze() {
    this.db.exec('ANALYZE');
  }
  async close() {
    this.db.close();
  }
}

class MysqlSink implements Sink {
  readonly client = 'mysql' as const;
  constructor(private conn: mysql.Connection) {}
  async maxId(table: string) {
    const [rows] = await this.conn.query(`SELECT COALESCE(MAX(id), 0) AS m FROM ${q(table)}`);
    return Number((rows as Array<{ m: number }>)[0].m);
  }
  async columns(table: string) {
    const [rows] = await this.conn.query(`SHOW COLUMNS FROM ${q(table)}`);
    return (rows as Array<{ Field: string }>).map((c) => c.Field);
  }
  async insert(table: string, columns: string[], rows: Cell[][]) {
    for (let i = 0; i < rows.length; i += 2000) {
      await this.conn.query(`INSERT INTO ${q(table)} (${columns.map(q).join(',')}) VALUES ?`, [rows.slice(i, i + 2000)]);
    }
  }
  async all<T>(sql: string, params: Cell[] = []) {
    const [rows] = await this.conn.query(sql, params);
    return rows as T[];
  }
  instant(d: Date) {
    return d;
  }
  async begin() {
    await this.conn.query('START TRANSACTION');
  }
  async commit() {
    await this.conn.query('COMMIT');
  }
  async analyze(tables: string[]) {
    if (tables.length) await this.conn.query(`ANALYZE TABLE ${tables.map(q).join(', ')}`);
  }
  async close() {
    await this.conn.end();
  }
}

export async function openSink(target: DbTarget): Promise<Sink> {
  if (target.client === 'sqlite') {
    if (!fs.existsSync(target.file)) throw new Error(`No SQLite database at ${target.file}: boot the CMS on it once first`);
    const Database = require('better-sqlite3') as new (file: string) => SqliteDb;
    const db = new Database(target.file);
    db.pragma('busy_timeout = 10000');
    return new SqliteSink(db);
  }
  const conn = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4',
    timezone: 'Z',
    ssl: target.ssl || undefined,
  });
  return new MysqlSink(conn);
}
