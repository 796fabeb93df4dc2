/*
 * The physical floor (issue 13): a raw node:http server answering the benchmark's back-office
 * lists with hand-written SQL on the CMS's own database: the same URLs, JSON, Content-Range and
 * bearer-token check (the JWT verified with the same secret, then the user, its role and member
 * read in one statement: unblocked, sessions not ended since the login, an active member). What
 * the API computes (a task's light and origin, an activity's conflicts, a goal's health) it
 * computes with the same pure functions. Only the requests the benchmark makes are served.
 *
 * `tsx scripts/lib/bench/floor.ts` with PORT, JWT_SECRET and the DATABASE_* variables.
 */
import http from 'node:http';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { can, getEnv, isRole, repoRoot, type Role } from '@sigobito/config';
import { goalHealth, reasonsFor, taskLight, type HealthAro, type HealthMilestone } from '@sigobito/config/contracts';
import { indexable, phrase } from '../../../cms/src/backoffice/search-index';
import { dbTarget } from '../database';
import { openFloorDb, type FloorDb, type Row } from './floor-db';

type Me = { id: number; role: Role; memberId: number | null };
type Query = { filter: Record<string, unknown>; sort: [string, 'ASC' | 'DESC']; start: number; limit: number };
type Page = { rows: Row[]; total: number };

const FULL_AGENDA: Role[] = ['mayor', 'agenda'];
const findConflicts = require(path.join(repoRoot, 'cms/dist/src/domain/agenda/conflicts.js')).findConflicts as (
  a: Array<{ id: string; start: string; end: string; status: string }>,
) => Map<string, string[]>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(String(status));
  }
}
const unauthorized = () => new HttpError(401, { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials', details: {} } });

const bool = (v: unknown) => (v === null || v === undefined ? null : !!Number(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const ids = (v: unknown) => (typeof v === 'string' && v ? v.split(',') : []);

/** A to-one relation's documentId, and a to-many relation's as a comma list, beside the row. */
const one = (alias: string, lnk: string, own: string, other: string, target: string, extra = '') =>
  `(SELECT x.document_id FROM ${lnk} l JOIN ${target} x ON x.id = l.${other} WHERE l.${own} = ${alias}.id${extra} LIMIT 1)`;
const many = (alias: string, lnk: string, own: string, other: string, target: string) =>
  `(SELECT GROUP_CONCAT(x.document_id) FROM ${lnk} l JOIN ${target} x ON x.id = l.${other} WHERE l.${own} = ${alias}.id)`;
/** The page's rows first (a derived table), then what each of them links to: relations are read for the page only. */
const page = (table: string, alias: string, where: string, order: string) =>
  `(SELECT ${alias}.* FROM ${table} ${alias} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?) ${alias} ORDER BY ${order}`;
const marks = (n: number) => Array(n).fill('?').join(',');

export function createFloor(db: FloorDb, secret: string) {
  async function authenticate(header: string | undefined): Promise<Me> {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) throw unauthorized();
    let claims: { id?: unknown; iat?: number; loginAt?: number; typ?: string };
    try {
      claims = jwt.verify(token, secret) as typeof claims;
    } catch {
      throw unauthorized();
    }
    if (typeof claims.id !== 'number' || claims.typ === 'backoffice-session') throw unauthorized();
    const [u] = await db.all(
      `SELECT u.blocked, u.sessions_valid_after, r.type AS role, m.id AS member_id, m.active
         FROM up_users u
         LEFT JOIN up_users_role_lnk rl ON rl.user_id = u.id LEFT JOIN up_roles r ON r.id = rl.role_id
         LEFT JOIN members_user_lnk ml ON ml.user_id = u.id LEFT JOIN members m ON m.id = ml.member_id
        WHERE u.id = ?`,
      [claims.id],
    );
    if (!u || bool(u.blocked) || !isRole(u.role)) throw unauthorized();
    const validAfter = u.sessions_valid_after === null ? null : Date.parse(db.iso(u.sessions_valid_after)!);
    const login = typeof claims.loginAt === 'number' ? claims.loginAt : typeof claims.iat === 'number' ? claims.iat * 1000 : null;
    if (validAfter !== null && (login === null || login < validAfter)) throw unauthorized();
    if (u.member_id !== null && !bool(u.active)) throw unauthorized();
    return { id: claims.id, role: u.role as Role, memberId: num(u.member_id) };
  }

  async function rules() {
    const [s] = await db.all('SELECT time_zone, task_due_soon_days, goal_at_risk_gap_percent, milestone_soon_days, progress_report_stale_days FROM settings LIMIT 1');
    return {
      timeZone: String(s?.time_zone ?? 'America/Panama'),
      taskDueSoonDays: Number(s?.task_due_soon_days ?? 2),
      goalAtRiskGapPercent: Number(s?.goal_at_risk_gap_percent ?? 15),
      milestoneSoonDays: Number(s?.milestone_soon_days ?? 14),
      progressReportStaleDays: Number(s?.progress_report_stale_days ?? 30),
    };
  }

  const stamps = (r: Row) => ({ createdAt: db.iso(r.created_at), updatedAt: db.iso(r.updated_at) });

  async function tasks(me: Me, q: Query): Promise<Page> {
    const status = q.filter.status as string[];
    if (!Array.isArray(status) || q.sort.join() !== 'dueDate,ASC') throw new HttpError(400, { message: 'floor: only open tasks by due date' });
    const scoped = FULL_AGENDA.includes(me.role) ? '' : " AND x.visibility = 'public'";
    const staff = ['mayor', 'agenda', 'follow-up', 'admin'].includes(me.role) ? '' : ` AND t.id IN (SELECT task_id FROM tasks_responsible_lnk WHERE member_id = ${Number(me.memberId ?? -1)})`;
    const where = `t.status IN (${marks(status.length)})${staff}`;
    const [rows, [count], r] = await Promise.all([
      db.all(
        `SELECT t.*, ${one('t', 'tasks_activity_lnk', 'task_id', 'activity_id', 'activities', scoped)} AS activity,
                ${one('t', 'tasks_request_lnk', 'task_id', 'request_id', 'requests')} AS request,
                ${one('t', 'tasks_goal_lnk', 'task_id', 'goal_id', 'goals')} AS goal,
                ${one('t', 'tasks_aro_lnk', 'task_id', 'aro_id', 'aros')} AS aro,
                ${one('t', 'tasks_assigned_by_lnk', 'task_id', 'member_id', 'members')} AS assigned_by,
                ${one('t', 'tasks_responsible_lnk', 'task_id', 'member_id', 'members')} AS responsible
           FROM ${page('tasks', 't', where, 't.due_date ASC')}`,
        [...status, q.limit, q.start],
      ),
      db.all(`SELECT COUNT(*) AS n FROM tasks t WHERE ${where}`, status),
      rules(),
    ]);
    const now = new Date();
    return {
      total: Number(count.n),
      rows: rows.map((t) => {
        const out = {
          id: t.document_id,
          kind: t.kind,
          title: t.title,
          description: t.description,
          activity: t.activity ?? null,
          request: t.request ?? null,
          goal: t.goal ?? null,
          aro: t.aro ?? null,
          assignedBy: t.assigned_by ?? null,
          responsible: t.responsible ?? null,
          dueDate: db.day(t.due_date),
          priority: num(t.priority),
          status: t.status,
          completedAt: db.iso(t.completed_at),
          progress: num(t.progress),
          ...stamps(t),
        };
        const light = taskLight({ status: out.status as never, dueDate: out.dueDate }, now, { dueSoonDays: r.taskDueSoonDays, timeZone: r.timeZone });
        const origin = (['activity', 'request', 'aro', 'goal'] as const).find((o) => out[o]) ?? 'none';
        return { ...out, light, origin };
      }),
    };
  }

  async function activities(me: Me, q: Query): Promise<Page> {
    const { start_lt: before, end_gt: after } = q.filter as Record<string, string>;
    if (typeof before !== 'string' || typeof after !== 'string' || q.sort.join() !== 'start,ASC') throw new HttpError(400, { message: 'floor: only the calendar window' });
    const scope = FULL_AGENDA.includes(me.role) ? '' : " AND a.visibility = 'public'";
    const where = `a.start < ? AND a.end > ?${scope}`;
    const window = [db.instant(Date.parse(before)), db.instant(Date.parse(after))];
    const [rows, [count]] = await Promise.all([
      db.all(
        `SELECT a.*, ${one('a', 'activities_place_lnk', 'activity_id', 'place_id', 'places')} AS place,
                ${many('a', 'activities_actors_lnk', 'activity_id', 'actor_id', 'actors')} AS actors,
                ${many('a', 'activities_themes_lnk', 'activity_id', 'theme_id', 'themes')} AS themes,
                ${many('a', 'activities_places_lnk', 'activity_id', 'place_id', 'places')} AS places,
                ${many('a', 'activities_participants_lnk', 'activity_id', 'member_id', 'members')} AS participants,
                ${one('a', 'activities_goal_lnk', 'activity_id', 'goal_id', 'goals')} AS goal
           FROM ${page('activities', 'a', where, 'a.start ASC')}`,
        [...window, q.limit, q.start],
      ),
      db.all(`SELECT COUNT(*) AS n FROM activities a WHERE ${where}`, window),
    ]);
    const out = rows.map((a) => ({
      id: a.document_id,
      title: a.title,
      description: a.description,
      start: db.iso(a.start),
      end: db.iso(a.end),
      allDay: bool(a.all_day),
      kind: a.kind,
      status: a.status,
      visibility: a.visibility,
      locationText: a.location_text,
      place: a.place ?? null,
      actors: ids(a.actors),
      themes: ids(a.themes),
      places: ids(a.places),
      participants: ids(a.participants),
      goal: a.goal ?? null,
      brief: a.brief,
      minutes: a.minutes,
      ...stamps(a),
      conflicts: [] as string[],
    }));
    const confirmed = out.filter((r) => r.status === 'confirmed');
    if (confirmed.length) {
      const from = confirmed.map((r) => r.start!).sort()[0];
      const to = confirmed.map((r) => r.end!).sort().at(-1)!;
      const around = await db.all(`SELECT a.document_id, a.start, a.end, a.status FROM activities a WHERE a.status = 'confirmed' AND a.start < ? AND a.end > ?${scope}`, [db.instant(Date.parse(to)), db.instant(Date.parse(from))]);
      const conflicts = findConflicts(around.map((a) => ({ id: String(a.document_id), start: db.iso(a.start)!, end: db.iso(a.end)!, status: String(a.status) })));
      for (const r of out) r.conflicts = conflicts.get(String(r.id)) ?? [];
    }
    return { rows: out, total: Number(count.n) };
  }

  async function actors(_me: Me, q: Query): Promise<Page> {
    const words = String(q.filter.q ?? '').split(/\s+/).filter(Boolean);
    if (q.sort.join() !== 'name,ASC') throw new HttpError(400, { message: 'floor: actors by name' });
    const cols = ['name', 'organization', 'title', 'email', 'code'];
    // As the CMS searches: on SQLite a word of 3 letters or more from the trigram index the CMS keeps (actors_fts), else LIKE.
    const indexed = (w: string) => db.client === 'sqlite' && indexable(w);
    const where = words.length ? words.map((w) => (indexed(w) ? 'a.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)' : `(${cols.map((c) => `a.${c} LIKE ?`).join(' OR ')})`)).join(' AND ') : '1 = 1';
    const params = words.flatMap((w) => (indexed(w) ? [phrase(w)] : cols.map(() => `%${w}%`)));
    const [rows, [count]] = await Promise.all([
      db.all(
        `SELECT a.*, ${many('a', 'actors_themes_lnk', 'actor_id', 'theme_id', 'themes')} AS themes, ${many('a', 'actors_places_lnk', 'actor_id', 'place_id', 'places')} AS places
           FROM ${page('actors', 'a', where, 'a.name ASC')}`,
        [...params, q.limit, q.start],
      ),
      db.all(`SELECT COUNT(*) AS n FROM actors a WHERE ${where}`, params),
    ]);
    return {
      total: Number(count.n),
      rows: rows.map((a) => ({
        id: a.document_id,
        code: a.code,
        name: a.name,
        kind: a.kind,
        organization: a.organization,
        title: a.title,
        email: a.email,
        phone: a.phone,
        notes: a.notes,
        themes: ids(a.themes),
        places: ids(a.places),
        ...stamps(a),
      })),
    };
  }

  async function goals(me: Me, q: Query): Promise<Page> {
    if (q.sort.join() !== 'code,ASC') throw new HttpError(400, { message: 'floor: goals by code' });
    const where = me.role === 'press' ? 'g.is_public = 1' : '1 = 1';
    const [rows, [count], r] = await Promise.all([
      db.all(
        `SELECT g.*, ${many('g', 'goals_themes_lnk', 'goal_id', 'theme_id', 'themes')} AS themes, ${many('g', 'goals_places_lnk', 'goal_id', 'place_id', 'places')} AS places,
                ${many('g', 'goals_actors_lnk', 'goal_id', 'actor_id', 'actors')} AS actors, ${one('g', 'goals_manager_lnk', 'goal_id', 'member_id', 'members')} AS manager,
                ${one('g', 'goals_follow_up_officer_lnk', 'goal_id', 'member_id', 'members')} AS follow_up_officer
           FROM ${page('goals', 'g', where, 'g.code ASC')}`,
        [q.limit, q.start],
      ),
      db.all(`SELECT COUNT(*) AS n FROM goals g WHERE ${where}`),
      rules(),
    ]);
    const pageIds = rows.map((g) => Number(g.id));
    const byGoal = async (table: string, lnk: string, own: string, cols: string) =>
      pageIds.length ? db.all(`SELECT l.goal_id, ${cols} FROM ${table} x JOIN ${lnk} l ON l.${own} = x.id WHERE l.goal_id IN (${marks(pageIds.length)})`, pageIds) : [];
    const [ms, as, rs] = await Promise.all([
      byGoal('milestones', 'milestones_goal_lnk', 'milestone_id', 'x.document_id, x.`order`, x.title, x.due_date, x.weight, x.status, x.completed_at, x.critical'),
      byGoal('aros', 'aros_goal_lnk', 'aro_id', 'x.kind, x.severity, x.status, x.title'),
      byGoal('progress_reports', 'progress_reports_goal_lnk', 'progress_report_id', 'x.date'),
    ]);
    const group = (xs: Row[]) => {
      const m = new Map<number, Row[]>();
      for (const x of xs) m.set(Number(x.goal_id), [...(m.get(Number(x.goal_id)) ?? []), x]);
      return m;
    };
    const [mg, ag, rg] = [group(ms), group(as), group(rs)];
    const now = new Date();
    const healthRules = { timeZone: r.timeZone, atRiskGapPercent: r.goalAtRiskGapPercent, milestoneSoonDays: r.milestoneSoonDays, reportStaleDays: r.progressReportStaleDays };
    return {
      total: Number(count.n),
      rows: rows.map((g) => {
        const id = Number(g.id);
        const h = goalHealth(
          {
            milestones: (mg.get(id) ?? []).map(
              (m): HealthMilestone => ({
                id: String(m.document_id),
                order: Number(m.order),
                title: String(m.title),
                dueDate: db.day(m.due_date)!,
                weight: Number(m.weight ?? 0),
                status: m.status as HealthMilestone['status'],
                completedAt: db.iso(m.completed_at),
                critical: !!bool(m.critical),
              }),
            ),
            aros: (ag.get(id) ?? []).map((a) => ({ kind: a.kind, severity: a.severity, status: a.status, title: a.title })) as unknown as HealthAro[],
            lastReportAt: (rg.get(id) ?? []).map((x) => db.iso(x.date)!).sort().at(-1) ?? null,
          },
          now,
          healthRules,
        );
        const reasons = reasonsFor(h.reasons, me.role === 'press' ? 'public' : 'team');
        const out: Row = {
          id: g.document_id,
          code: g.code,
          title: g.title,
          description: g.description,
          themes: ids(g.themes),
          places: ids(g.places),
          actors: ids(g.actors),
          manager: g.manager ?? null,
          followUpOfficer: g.follow_up_officer ?? null,
          startDate: db.day(g.start_date),
          targetDate: db.day(g.target_date),
          indicatorName: g.indicator_name,
          indicatorUnit: g.indicator_unit,
          indicatorBaseline: num(g.indicator_baseline),
          indicatorTarget: num(g.indicator_target),
          indicatorCurrent: num(g.indicator_current),
          budgetPlanned: num(g.budget_planned),
          budgetExecuted: num(g.budget_executed),
          status: g.status,
          isPublic: bool(g.is_public),
          internalNotes: g.internal_notes,
          ...stamps(g),
          health: h.status,
          plannedPercent: h.plannedPercent,
          actualPercent: h.actualPercent,
          healthReasons: reasons.map((x) => x.text),
          healthReasonDetails: reasons,
        };
        if (me.role === 'press') delete out.internalNotes;
        return out;
      }),
    };
  }

  /** One record's history (the roles that read the whole log). Its entries here change no relation: `references` stays empty. */
  async function auditLogs(me: Me, q: Query): Promise<Page> {
    const { resource, recordId } = q.filter as Record<string, string>;
    if (resource !== 'tasks' || typeof recordId !== 'string' || q.sort.join() !== 'at,DESC') throw new HttpError(400, { message: 'floor: one task’s history' });
    const scope = FULL_AGENDA.includes(me.role) ? '' : ' AND (l.restricted IS NULL OR l.restricted = 0)';
    const where = `l.content_type = 'api::task.task' AND l.record_id = ?${scope}`;
    const [rows, [count]] = await Promise.all([
      db.all(`SELECT l.* FROM ${page('audit_logs', 'l', where, 'l.at DESC')}`, [recordId, q.limit, q.start]),
      db.all(`SELECT COUNT(*) AS n FROM audit_logs l WHERE ${where}`, [recordId]),
    ]);
    return {
      total: Number(count.n),
      rows: rows.map((l) => ({
        id: l.document_id,
        action: l.action,
        contentType: l.content_type,
        recordId: l.record_id,
        recordLabel: l.record_label,
        userId: num(l.user_id),
        userName: l.user_name,
        at: db.iso(l.at),
        changes: typeof l.changes === 'string' ? JSON.parse(l.changes) : (l.changes ?? null),
        restricted: bool(l.restricted),
        ...stamps(l),
        resource: 'tasks',
        references: {},
      })),
    };
  }


  const LISTS: Record<string, (me: Me, q: Query) => Promise<Page>> = { tasks, activities, actors, goals, 'audit-logs': auditLogs };

  return async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Expose-Headers': 'Content-Range', ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      const url = new URL(req.url ?? '/', 'http://floor');
      const name = /^\/api\/backoffice\/([a-z-]+)$/.exec(url.pathname)?.[1];
      if (req.method !== 'GET' || !name || !Object.hasOwn(LISTS, name)) return send(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } });
      const me = await authenticate(req.headers.authorization);
      if (!can(me.role, name as never, 'read')) throw new HttpError(403, { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } });
      const [a, b] = JSON.parse(url.searchParams.get('range') ?? '[0,9]') as [number, number];
      const q: Query = {
        filter: JSON.parse(url.searchParams.get('filter') ?? '{}'),
        sort: JSON.parse(url.searchParams.get('sort') ?? '["id","ASC"]'),
        start: a,
        limit: Math.min(500, b - a + 1),
      };
      const page = await LISTS[name](me, q);
      send(200, page.rows, { 'Content-Range': `${name} ${q.start}-${page.rows.length ? q.start + page.rows.length - 1 : q.start}/${page.total}` });
    } catch (e) {
      if (e instanceof HttpError) return send(e.status, e.body);
      send(500, { message: String((e as Error).message) });
    }
  };
}

if (require.main === module) {
  (async () => {
    const env = getEnv();
    const db = await openFloorDb(dbTarget(env));
    const server = http.createServer(createFloor(db, env.JWT_SECRET));
    server.keepAliveTimeout = 10_000;
    server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`floor on ${process.env.PORT}`));
    process.on('SIGTERM', () => server.close(() => db.close().then(() => process.exit(0))));
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
