import path from 'node:path';
import { statementsDuring, type Seen } from '../helpers/statements';
import { CMS_DIST } from '../../../scripts/lib/cms';
import type { Role } from '@sigobito/config';
import { startApp, type TestApp } from '../helpers/app';
import { bulkAgenda } from '../helpers/bulk-agenda';

/*
 * A back-office list costs a handful of SQL statements whatever its page size: the page with its
 * relation ids, the count, and what the resource computes for the page (a batch, never a query
 * per row). Authentication and settings come from short-lived caches. Measured with knex's
 * `query` event, on a municipality with thousands of activities and tasks.
 */

let app: TestApp;
const MAX_STATEMENTS = 6;
let recordId: string;
let windowFilter: { start_lt: string; end_gt: string };

/** The SQL statements the database receives while `fn` runs. */
const statementsOf = (fn: () => Promise<unknown>) => statementsDuring(app.strapi, fn);

const list = async (role: Role, resource: string, filter: Record<string, unknown>, size: number, sort = ['id', 'ASC']) => {
  const jwt = await app.login(role);
  const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify([0, size - 1]))}&sort=${encodeURIComponent(JSON.stringify(sort))}`;
  const res = await app.http.get(`/api/backoffice/${resource}?${query}`).set('Authorization', `Bearer ${jwt}`);
  if (res.status !== 200) throw new Error(`${resource} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  const knex = app.strapi.db.connection;
  const memberIdOf = async (username: string) =>
    ((await app.strapi.db.query('api::member.member').findOne({ where: { user: { username } }, select: ['id'] })) as { id: number }).id;
  const from = new Date(Date.UTC(2025, 0, 1));
  await bulkAgenda(app.strapi, { activities: 4000, tasks: 1500, from, responsible: await memberIdOf('staff'), other: await memberIdOf('agenda') });
  // A month of the calendar in the middle of the bulk agenda.
  windowFilter = { start_lt: new Date(Date.UTC(2025, 3, 1)).toISOString(), end_gt: new Date(Date.UTC(2025, 2, 1)).toISOString() };
  const goal = (await knex('goals').first('document_id')) as { document_id: string };
  recordId = goal.document_id;
}, 600_000); // the demo agenda and goals, then thousands of rows: minutes on a busy machine
const measured: string[] = [];
afterAll(async () => {
  // The figures of the run (statements at 25 / 500 rows), for the record.
  if (measured.length) console.log(`SQL statements per list (${app.strapi.db.dialect.client}):\n${measured.join('\n')}`);
  await app.stop();
});

// Every row names its sort: a shorter row would make jest hand the test a `done` callback.
const BY_ID = ['id', 'ASC'];
const cases: Array<[string, Role, string, () => Record<string, unknown>, string[]]> = [
  ['tasks, open, by due date, as admin', 'admin', 'tasks', () => ({ status: ['pending', 'in_progress'] }), ['dueDate', 'ASC']],
  ['tasks, open, by due date, as mayor', 'mayor', 'tasks', () => ({ status: ['pending', 'in_progress'] }), ['dueDate', 'ASC']],
  ['tasks, own, as staff', 'staff', 'tasks', () => ({}), BY_ID],
  ['tasks with a light, as agenda', 'agenda', 'tasks', () => ({ light: ['overdue', 'due_soon'] }), BY_ID],
  ['activities, the calendar month, as admin', 'admin', 'activities', () => windowFilter, ['start', 'ASC']],
  ['activities, the calendar month, as mayor', 'mayor', 'activities', () => windowFilter, ['start', 'ASC']],
  ['actors, q search', 'admin', 'actors', () => ({ q: 'a' }), ['name', 'ASC']],
  ['goals', 'follow-up', 'goals', () => ({}), BY_ID],
  ['milestones', 'follow-up', 'milestones', () => ({}), BY_ID],
  ['audit log of one record', 'follow-up', 'audit-logs', () => ({ resource: 'goals', recordId }), ['at', 'ASC']],
  ['requests', 'agenda', 'requests', () => ({}), BY_ID],
  ['members', 'admin', 'members', () => ({}), BY_ID],
  ['task follow-ups', 'admin', 'task-updates', () => ({}), BY_ID],
];

describe('a back-office list costs at most 6 SQL statements, whatever the page size', () => {
  it.each(cases)('%s', async (label, role, resource, filter, sort) => {
    const counts: number[] = [];
    const statements: string[][] = [];
    for (const size of [25, 500]) {
      await list(role, resource, filter(), 1, sort); // the caches of this user and the settings are warm (they live seconds)
      const seen = await statementsOf(() => list(role, resource, filter(), size, sort));
      counts.push(seen.length);
      statements.push(seen.map((s) => s.sql));
    }
    measured.push(`${label}: ${counts.join(' / ')}`);
    // No transaction around a read, and at most 6 statements (the SQL is in the message when it fails).
    expect({ counts, statements: statements[1] }).toEqual({ counts: counts.map((c) => Math.min(c, MAX_STATEMENTS)), statements: statements[1] });
    expect(statements.flat().filter((sql) => /^(begin|commit|savepoint|release)/i.test(sql))).toEqual([]);
  });

  it('the lists above have rows to show (a page of 500 tasks and of the month)', async () => {
    expect((await list('admin', 'tasks', { status: ['pending', 'in_progress'] }, 500)).body).toHaveLength(500);
    expect((await list('mayor', 'activities', windowFilter, 500)).body.length).toBeGreaterThan(300);
  });
});

describe("a session's first request", () => {
  it('reads who is behind it (account, role, sessions, member) in one statement, and nothing of it on the next', async () => {
    const jwt = await app.login('staff');
    const { identities } = require(path.join(CMS_DIST, 'src/sessions/revocation')) as { identities: { dropHere: () => void } };
    identities.dropHere();
    const identity = (seen: Seen[]) => seen.filter((s) => /up_users/.test(s.sql));
    const me = () => app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${jwt}`).expect(200);
    const cold = await statementsOf(me);
    expect(identity(cold).map((s) => s.sql)).toHaveLength(1);
    expect(identity(cold)[0].sql).toMatch(/members/);
    expect(identity(await statementsOf(me))).toEqual([]);
  });
});

describe('the settings are cached and refreshed on change', () => {
  it('a new "due soon" threshold applies to the very next list', async () => {
    const dueSoon = async () => Number(String((await list('agenda', 'tasks', { light: 'due_soon' }, 25, BY_ID)).headers['content-range']).split('/')[1]);
    const before = await dueSoon();
    await dueSoon(); // warm
    const admin = `Bearer ${await app.login('admin')}`;
    await app.http.put('/api/backoffice/settings/current').set('Authorization', admin).send({ taskDueSoonDays: 60 }).expect(200);
    try {
      expect(await dueSoon()).toBeGreaterThan(before);
    } finally {
      await app.http.put('/api/backoffice/settings/current').set('Authorization', admin).send({ taskDueSoonDays: 2 }).expect(200);
    }
    expect(await dueSoon()).toBe(before);
  });
});

describe("a task's activity link is read from the link's own index", () => {
  it('the task page as admin (public activities only) searches the link by task and the activity by its key', async () => {
    const seen = await statementsOf(() => list('admin', 'tasks', { status: ['pending', 'in_progress'] }, 500, ['dueDate', 'ASC']));
    const page = seen.find((s) => /^select/i.test(s.sql) && /tasks_activity_lnk/.test(s.sql) && /limit/i.test(s.sql));
    expect(page).toBeDefined();
    const knex = app.strapi.db.connection;
    const plan: string[] =
      app.strapi.db.dialect.client === 'sqlite'
        ? ((await knex.raw(`explain query plan ${page!.sql}`, page!.bindings as never)) as Array<{ detail: string }>).map((r) => r.detail)
        : ((await knex.raw(`explain ${page!.sql}`, page!.bindings as never))[0] as Array<Record<string, unknown>>).map((r) => `${r.table} ${r.type} ${r.key} ${r.rows}`);
    if (app.strapi.db.dialect.client === 'sqlite') {
      // The link is found by its task, the activity by its primary key: never a walk over the activities.
      expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/SEARCH j USING (COVERING )?INDEX tasks_activity_lnk_(fk|uq) \(task_id=\?\)/)]));
      expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/)]));
      // (`p`: one status's first rows of the page, at most as many as the page holds, read in the index's order.)
      expect(plan.filter((line) => /^SCAN (?!p$)|visibility/.test(line))).toEqual([]);
      expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/SEARCH t0 USING (COVERING )?INDEX tasks_status_due_date_idx \(status=\?\)/)]));
    } else {
      // No walk over a table of more than 1,000 rows (a handful of members may be read whole), never through visibility.
      expect(plan.filter((line) => /visibility/.test(line) || (/ (ALL|index) /.test(line) && Number(line.split(' ').at(-1)) > 1000))).toEqual([]);
    }
  });
});

describe('a page of open tasks by due date is read part by part (each status its own walk of the index)', () => {
  beforeAll(async () => {
    // The bulk tasks' statuses interleaved, three tasks to a due date, a few without one: ties and
    // NULLs at every page's edges, both statuses in every page.
    const knex = app.strapi.db.connection;
    const ids = ((await knex('tasks').select('id').where('document_id', 'like', 'bulkt%').orderBy('id')) as Array<{ id: number }>).map((r) => r.id);
    const byStatus = new Map<string, number[]>();
    const byDay = new Map<string | null, number[]>();
    ids.forEach((id, i) => {
      const status = i % 4 === 3 ? 'done' : i % 4 === 1 ? 'in_progress' : 'pending';
      byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
      const day = i % 50 === 7 ? null : new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), id]);
    });
    for (const [status, group] of byStatus) await knex('tasks').whereIn('id', group).update({ status });
    for (const [day, group] of byDay) await knex('tasks').whereIn('id', group).update({ due_date: day });
  });

  const page = async (role: Role, filter: Record<string, unknown>, dir: string, start: number, size: number) => {
    const jwt = await app.login(role);
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify([start, start + size - 1]))}&sort=${encodeURIComponent(JSON.stringify(['dueDate', dir]))}`;
    let res: { status: number; body: Array<{ id: string; status: string }>; headers: Record<string, string> } | undefined;
    const seen = await statementsOf(async () => {
      res = await app.http.get(`/api/backoffice/tasks?${query}`).set('Authorization', `Bearer ${jwt}`);
    });
    expect(res!.status).toBe(200);
    return { rows: res!.body, range: res!.headers['content-range'], parts: seen.filter((s) => /union all/i.test(s.sql) && /limit/i.test(s.sql)) };
  };

  const OPEN = ['pending', 'in_progress'];
  it.each([
    ['admin', {}, 'ASC', 0, 25],
    ['admin', {}, 'DESC', 0, 25],
    ['admin', {}, 'ASC', 30, 50],
    ['admin', {}, 'DESC', 1000, 100],
    ['admin', { origin: 'activity' }, 'ASC', 30, 50],
    ['staff', {}, 'ASC', 0, 25],
    ['staff', {}, 'DESC', 30, 50],
    ['staff', { origin: 'activity' }, 'ASC', 0, 25],
  ] as Array<[Role, Record<string, unknown>, string, number, number]>)('as %s, %j, sorted %s, rows %i to +%i: the same rows in the same order as the whole list', async (role, more, dir, start, size) => {
    const parted = await page(role, { status: OPEN, ...more }, dir, start, size);
    // The same condition with a value repeated is not read in parts: the database's own ORDER BY … LIMIT over every matching row.
    const whole = await page(role, { status: [...OPEN, 'pending'], ...more }, dir, start, size);
    expect(parted.parts).toHaveLength(1);
    expect(whole.parts).toHaveLength(0);
    expect(parted.rows.length).toBeGreaterThan(0);
    expect(new Set(parted.rows.map((r) => r.status))).toEqual(new Set(OPEN));
    expect(parted.rows.map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    expect(parted.range).toBe(whole.range);
  });

  it('the page reads each task it answers by its primary key, after the parts', async () => {
    const { parts } = await page('admin', { status: OPEN }, 'ASC', 0, 25);
    const knex = app.strapi.db.connection;
    if (app.strapi.db.dialect.client === 'sqlite') {
      const plan = ((await knex.raw(`explain query plan ${parts[0].sql}`, parts[0].bindings as never)) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan).toEqual(expect.arrayContaining(['SEARCH t0 USING INTEGER PRIMARY KEY (rowid=?)']));
    } else {
      const plan = ((await knex.raw(`explain ${parts[0].sql}`, parts[0].bindings as never))[0] as Array<Record<string, unknown>>).map((r) => `${r.table} ${r.type} ${r.key}`);
      expect(plan).toEqual(expect.arrayContaining(['t0 eq_ref PRIMARY']));
    }
  });
});
