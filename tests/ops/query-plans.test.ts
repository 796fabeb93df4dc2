/**
 * Issue 13: query plans that hold. On the generated four-year dataset (a fifth of it: tasks, activities,
 * requests, follow-ups and the change log over 1,000 rows), every back-office list the back office asks for is requested as
 * it asks for it; each SELECT it runs goes through SQLite's EXPLAIN QUERY PLAN. A full scan
 * (`SCAN <table>`) of a table over 1,000 rows fails the test, unless the statement searches
 * with `LIKE '%…%'` (the `q` filter's short words, or fields of a related record), where a scan
 * is inevitable, or has no WHERE at all (a plain page or count of the whole table). A `q` search
 * from a trigram index (backoffice/search-index.ts) must use it; at this size SQLite may then
 * still walk the list's sort order or a narrow index and probe the index's matches, which it
 * stops doing as the table grows (5,000 actors: it looks the matches up by id). Always on SQLite
 * (the plans are SQLite's); the offending statements and their plans are printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resetEnvCache } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';
import { generateDataset, openSink, type Fixtures } from '../../scripts/lib/dataset';
import { SQL_COUNT_HEADER } from '../../cms/src/http/sql-count';

const root = path.resolve(__dirname, '../..');
const BIG = 1000;
const SCALE = 0.2;

type Captured = { sql: string; bindings: unknown[] };
type Knex = {
  on: (e: 'query', f: (q: { sql: string; bindings?: unknown[] }) => void) => void;
  off: (e: 'query', f: (q: { sql: string; bindings?: unknown[] }) => void) => void;
  raw: (sql: string, bindings?: unknown[]) => Promise<unknown>;
};

const list = (resource: string, filter: Record<string, unknown>, sort: [string, string], range: [number, number] = [0, 24]) =>
  `/api/backoffice/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}`;

/** The lists of the back office, with the filters and sorts its screens use (admin-ui/src). */
function backOfficeLists(f: Fixtures, someActivity: string, someTask: string, someGoal: string): Array<{ name: string; role: 'admin' | 'mayor' | 'staff'; path: string }> {
  const open = { status: ['pending', 'in_progress'] };
  return [
    { name: 'tasks open by due date (admin)', role: 'admin', path: list('tasks', open, ['dueDate', 'ASC']) },
    { name: 'tasks open by due date (mayor)', role: 'mayor', path: list('tasks', open, ['dueDate', 'ASC']) },
    { name: 'tasks open by due date, page of 500 (admin)', role: 'admin', path: list('tasks', open, ['dueDate', 'ASC'], [0, 499]) },
    { name: 'my tasks (staff)', role: 'staff', path: list('tasks', { mine: true }, ['dueDate', 'ASC']) },
    { name: 'overdue tasks (admin)', role: 'admin', path: list('tasks', { light: 'overdue' }, ['dueDate', 'ASC']) },
    { name: 'tasks of an activity (admin)', role: 'admin', path: list('tasks', { activity: someActivity }, ['dueDate', 'ASC'], [0, 49]) },
    { name: 'task updates of a task (admin)', role: 'admin', path: list('task-updates', { task: someTask }, ['date', 'DESC'], [0, 99]) },
    { name: 'activities, calendar month (admin)', role: 'admin', path: list('activities', { start_lt: f.month.end, end_gt: f.month.start }, ['start', 'ASC'], [0, 499]) },
    { name: 'activities, calendar month (mayor)', role: 'mayor', path: list('activities', { start_lt: f.month.end, end_gt: f.month.start }, ['start', 'ASC'], [0, 499]) },
    { name: 'activities table (admin)', role: 'admin', path: list('activities', {}, ['start', 'DESC']) },
    { name: 'actors (admin)', role: 'admin', path: list('actors', {}, ['name', 'ASC']) },
    { name: 'actors, q search (admin)', role: 'admin', path: list('actors', { q: f.actorQuery }, ['name', 'ASC']) },
    { name: 'requests (admin)', role: 'admin', path: list('requests', {}, ['receivedAt', 'DESC']) },
    { name: 'goals (admin)', role: 'admin', path: list('goals', {}, ['code', 'ASC']) },
    { name: 'milestones of a goal (admin)', role: 'admin', path: list('milestones', { goal: someGoal }, ['dueDate', 'ASC']) },
    { name: 'milestones (admin)', role: 'admin', path: list('milestones', {}, ['dueDate', 'ASC']) },
    { name: 'members (admin)', role: 'admin', path: list('members', {}, ['fullName', 'ASC']) },
    { name: 'audit log of one record (admin)', role: 'admin', path: list('audit-logs', { resource: f.historyOf.resource, recordId: f.historyOf.recordId }, ['at', 'DESC']) },
    { name: 'audit log of a resource (admin)', role: 'admin', path: list('audit-logs', { resource: 'tasks' }, ['at', 'DESC']) },
    { name: 'audit log (admin)', role: 'admin', path: list('audit-logs', {}, ['at', 'DESC']) },
  ];
}

/** Tables of each alias in a knex statement (`from \`tasks\` as \`t0\``): a subquery may use an outer alias again. */
function aliases(sql: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of sql.matchAll(/(?:from|join)\s+`(\w+)`(?:\s+as\s+`(\w+)`)?/gi)) {
    const alias = m[2] ?? m[1];
    out.set(alias, (out.get(alias) ?? new Set()).add(m[1]));
  }
  return out;
}

/** The statement without its subqueries (the ids of a row's relations, a scope's EXISTS). */
function outerPart(sql: string): string {
  let outer = sql;
  for (let inner = outer.replace(/\([^()]*\)/g, ''); inner !== outer; inner = outer.replace(/\([^()]*\)/g, '')) outer = inner;
  return outer;
}

/**
 * A statement without WHERE of its own reads the whole table by definition (a plain page walks an
 * index and stops at its limit; a plain count counts every row): the scan of that table, at the
 * plan's top level, is excused; its subqueries' scans are not.
 */
const outerTableIfUnfiltered = (c: Captured): string | null => {
  const outer = outerPart(c.sql);
  return /\bwhere\b/i.test(outer) ? null : (/\bfrom\s+`(\w+)`/i.exec(outer)?.[1] ?? null);
};
const searchesInside = (c: Captured) => /\blike\b/i.test(c.sql) && c.bindings.some((b) => typeof b === 'string' && /^%.*%$/s.test(b));
/** A `q` search from its trigram index, and the plan uses the index. */
const searchesIndex = (c: Captured, plan: Array<{ detail: string }>) => /\bMATCH\b/.test(c.sql) && plan.some((p) => /^SCAN \w+_fts VIRTUAL TABLE INDEX \d+:M/.test(p.detail));

let app: TestApp;
let fixtures: Fixtures;
const saved = { DATABASE_CLIENT: process.env.DATABASE_CLIENT, DATABASE_FILENAME: process.env.DATABASE_FILENAME };
const file = path.join(root, '.tmp', `query-plans-${process.env.JEST_WORKER_ID ?? '1'}.db`);

beforeAll(async () => {
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = path.relative(root, file);
  resetEnvCache();
  app = await startApp();
  const sink = await openSink({ client: 'sqlite', file });
  try {
    fixtures = await generateDataset(sink, { scale: SCALE, seed: 13 });
  } finally {
    await sink.close();
  }
}, 120_000);

afterAll(async () => {
  await app?.stop();
  Object.assign(process.env, saved);
  resetEnvCache();
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
});

describe('statistics and the statement counter', () => {
  it('the CMS has analysed its database at boot (sqlite_stat1 exists)', async () => {
    const rows = (await (app.strapi.db.connection as unknown as Knex).raw("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")) as unknown[];
    expect(rows).toHaveLength(1);
  });

  it('answers carry no SQL statement count unless SIGOBITO_SQL_COUNT=true', async () => {
    expect(process.env.SIGOBITO_SQL_COUNT).toBeUndefined();
    const res = await app.http.get(list('actors', {}, ['name', 'ASC'])).set('Authorization', `Bearer ${await app.login('admin')}`);
    expect(res.status).toBe(200);
    expect(res.headers[SQL_COUNT_HEADER.toLowerCase()]).toBeUndefined();
  });
});

describe('the plans of every back-office list', () => {
  it('scan no table over 1,000 rows (except a search, from its index where it has one, or a statement without WHERE)', async () => {
    const knex = app.strapi.db.connection as unknown as Knex;
    const sizes = new Map<string, number>();
    const tables = (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) as Array<{ name: string }>;
    for (const { name } of tables) sizes.set(name, ((await knex.raw(`SELECT COUNT(*) AS n FROM \`${name}\``)) as Array<{ n: number }>)[0].n);
    for (const t of ['tasks', 'activities', 'actors', 'requests', 'task_updates', 'audit_logs']) expect(sizes.get(t)).toBeGreaterThan(BIG);

    const first = async (sql: string) => ((await knex.raw(sql)) as Array<{ document_id: string }>)[0].document_id;
    const someActivity = await first("SELECT a.document_id FROM activities a JOIN tasks_activity_lnk l ON l.activity_id = a.id WHERE a.visibility = 'public' LIMIT 1");
    const someTask = fixtures.historyOf.recordId;
    const someGoal = await first('SELECT document_id FROM goals ORDER BY id DESC LIMIT 1');

    const offending: string[] = [];
    const searchedIndex: string[] = [];
    let checked = 0;
    for (const l of backOfficeLists(fixtures, someActivity, someTask, someGoal)) {
      const captured: Captured[] = [];
      const listener = (q: { sql: string; bindings?: unknown[] }) => captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
      knex.on('query', listener);
      let status: number;
      try {
        status = (await app.http.get(l.path).set('Authorization', `Bearer ${await app.login(l.role)}`)).status;
      } finally {
        knex.off('query', listener);
      }
      expect([l.name, status]).toEqual([l.name, 200]);
      for (const c of captured.filter((x) => /^\s*select\b/i.test(x.sql))) {
        checked++;
        const plan = (await knex.raw(`EXPLAIN QUERY PLAN ${c.sql}`, c.bindings)) as Array<{ parent: number; detail: string }>;
        const tables = aliases(c.sql);
        const whole = outerTableIfUnfiltered(c);
        const scans = plan.filter((p) => {
          const m = /^SCAN (\w+)/.exec(p.detail);
          if (!m) return false;
          const named = tables.get(m[1]) ?? new Set([m[1]]);
          if (whole && p.parent === 0 && named.has(whole)) return false;
          // An alias a subquery uses again is judged by the largest table it may stand for.
          return Math.max(...[...named].map((t) => sizes.get(t) ?? 0)) > BIG;
        });
        if (/\bMATCH\b/.test(c.sql)) searchedIndex.push(`${l.name}: ${searchesIndex(c, plan) ? 'index' : plan.map((p) => p.detail).join(' | ')}`);
        if (scans.length && !searchesInside(c) && !searchesIndex(c, plan)) {
          offending.push(`${l.name}:\n  ${c.sql}\n  bindings ${JSON.stringify(c.bindings)}\n  plan:\n${plan.map((p) => `    ${p.detail}`).join('\n')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The actors' search (page and count) from its index.
    expect(searchedIndex.filter((s) => s.startsWith('actors, q search'))).toEqual(['actors, q search (admin): index', 'actors, q search (admin): index']);
    if (offending.length) console.log(`Full scans of tables over ${BIG} rows:\n\n${offending.join('\n\n')}`);
    expect(offending).toEqual([]);
  }, 120_000);
});
