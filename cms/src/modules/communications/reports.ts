import type { Core } from '@strapi/strapi';
import {
  COMMUNICATION_STATUSES,
  COMMUNICATION_STATUS_LABELS,
  CSV_BOM,
  daysBetween,
  localDate,
  PUBLISHED_COMMUNICATION_STATUSES,
  writeCsv,
  type CommunicationStatus,
} from '@sigobito/config/contracts';
import { BadRequest, forbidden, type FieldError } from '../../backoffice/errors';
import { targetScope } from '../../backoffice/registry';
import { loadRules } from '../../backoffice/rules';
import type { BackofficeUser } from '../../backoffice/types';
import { isCalendarDate } from '../../backoffice/validation';
import { communicationScope } from './query';

/*
 * The communication reports: how many communications by month, theme, place and status, and
 * which achievements (completed goals, done milestones) no communication tells yet. The
 * grouping is pure; the loaders only read.
 */

const COMMUNICATION_UID = 'api::communication.communication';
const GOAL_UID = 'api::goal.goal';
const MILESTONE_UID = 'api::milestone.milestone';

/** The widest range a report covers (ten years of months). */
export const REPORT_MAX_DAYS = 3660;

/** The counts cover every communication: only who reads them all (not those limited to the published ones) gets them. */
export function assertReadsAllCommunications(user: BackofficeUser): void {
  if (communicationScope(user) !== undefined) throw forbidden();
}

export type Range = { from: string | null; to: string | null };

/** Pure: `from` and `to` of a query (local days, both optional, inclusive), or the fields refused. */
export function parseRange(query: Record<string, unknown>): Range {
  const problems: FieldError[] = [];
  const day = (name: 'from' | 'to'): string | null => {
    const v = query[name];
    if (v === undefined || v === '') return null;
    if (typeof v === 'string' && isCalendarDate(v)) return v;
    problems.push({ path: name, code: 'invalid_date', message: 'Debe ser una fecha (AAAA-MM-DD)' });
    return null;
  };
  const range = { from: day('from'), to: day('to') };
  if (range.from && range.to) {
    const days = daysBetween(range.from, range.to);
    if (days < 0) problems.push({ path: 'to', code: 'before_start', message: 'Debe ser igual o posterior a la fecha de inicio' });
    else if (days > REPORT_MAX_DAYS) problems.push({ path: 'to', code: 'invalid_range', params: { maxDays: REPORT_MAX_DAYS }, message: `Un intervalo de hasta ${REPORT_MAX_DAYS} días` });
  }
  if (problems.length) throw new BadRequest(problems);
  return range;
}

export type Named = { documentId: string; code?: string | null; name?: string | null };

/** A communication as the counts see it: its status, its day, its themes and places. */
export type Counted = { status: CommunicationStatus; day: string; themes: Named[]; places: Named[] };

/**
 * Pure: the day a communication counts on, in the municipality's time zone: when its first piece
 * went out; before that, its planned date; without one, when it was identified.
 */
export function communicationDay(c: { createdAt: string | Date; plannedDate?: string | null; pieces?: ReadonlyArray<{ postedAt?: string | Date | null }> | null }, timeZone: string): string {
  const posted = (c.pieces ?? [])
    .map((p) => (p.postedAt ? new Date(p.postedAt) : null))
    .filter((d): d is Date => !!d && !Number.isNaN(d.getTime()))
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (posted) return localDate(posted, timeZone);
  if (c.plannedDate) return String(c.plannedDate).slice(0, 10);
  return localDate(new Date(c.createdAt), timeZone);
}

export type GroupCount = { id: string | null; code: string | null; name: string | null; count: number; published: number };
export type MonthCount = { month: string; count: number; published: number };
export type StatusCount = { status: CommunicationStatus; count: number };

/**
 * `GET /api/backoffice/reports/communications`. `total`: every communication in the range;
 * `byStatus`: them by status (every status, zeros included). `byMonth`, `byTheme`, `byPlace`
 * count the ones not discarded (`count`) and, of those, the published or archived
 * (`published`); a communication with two themes counts under each, one with none under the
 * group whose id is null.
 */
export type CommunicationsReport = Range & {
  timeZone: string;
  total: number;
  byMonth: MonthCount[];
  byTheme: GroupCount[];
  byPlace: GroupCount[];
  byStatus: StatusCount[];
};

/** Pure: every month from `first` to `last` (YYYY-MM), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

const isPublished = (status: CommunicationStatus) => PUBLISHED_COMMUNICATION_STATUSES.includes(status);

function groupBy(rows: readonly Counted[], pick: (c: Counted) => Named[]): GroupCount[] {
  const groups = new Map<string | null, GroupCount>();
  for (const c of rows) {
    const refs = pick(c);
    for (const ref of refs.length ? refs : [null]) {
      const key = ref?.documentId ?? null;
      const group = groups.get(key) ?? { id: key, code: ref?.code ?? null, name: ref?.name ?? null, count: 0, published: 0 };
      group.count += 1;
      if (isPublished(c.status)) group.published += 1;
      groups.set(key, group);
    }
  }
  // Most told first; the communications without one last.
  return [...groups.values()].sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.count - a.count || (a.name ?? '').localeCompare(b.name ?? '', 'es'));
}

/** Pure: the report of a set of communications over a range. */
export function countCommunications(rows: readonly Counted[], range: Range, timeZone: string): CommunicationsReport {
  const inRange = rows.filter((c) => (!range.from || c.day >= range.from) && (!range.to || c.day <= range.to));
  const counted = inRange.filter((c) => c.status !== 'discarded');
  const days = counted.map((c) => c.day).sort();
  const first = (range.from ?? days[0])?.slice(0, 7);
  const last = (range.to ?? days.at(-1))?.slice(0, 7);
  const byMonth = first && last ? monthsBetween(first, last).map((month) => ({ month, count: 0, published: 0 })) : [];
  for (const c of counted) {
    const month = byMonth.find((m) => m.month === c.day.slice(0, 7));
    if (!month) continue;
    month.count += 1;
    if (isPublished(c.status)) month.published += 1;
  }
  return {
    ...range,
    timeZone,
    total: inRange.length,
    byMonth,
    byTheme: groupBy(counted, (c) => c.themes),
    byPlace: groupBy(counted, (c) => c.places),
    byStatus: COMMUNICATION_STATUSES.map((status) => ({ status, count: inRange.filter((c) => c.status === status).length })),
  };
}

/** The CSV's columns, in Spanish like its cells (the municipality's language): what is grouped, its code and name, the counts. */
export const REPORT_CSV_COLUMNS = ['Agrupación', 'Código', 'Nombre', 'Comunicaciones', 'Publicadas'] as const;

/** Pure: the report as CSV rows, one per group (month, theme, place, status). */
export function reportCsvRows(report: CommunicationsReport): Array<Record<(typeof REPORT_CSV_COLUMNS)[number], string | number>> {
  const line = (grouping: string, code: string | null, name: string, count: number, published: number) => ({ Agrupación: grouping, Código: code ?? '', Nombre: name, Comunicaciones: count, Publicadas: published });
  const group = (grouping: string, none: string) => (g: GroupCount) => line(grouping, g.code, g.name ?? none, g.count, g.published);
  return [
    ...report.byMonth.map((m) => line('Mes', m.month, m.month, m.count, m.published)),
    ...report.byTheme.map(group('Tema', 'Sin tema')),
    ...report.byPlace.map(group('Lugar', 'Sin lugar')),
    ...report.byStatus.map((s) => line('Estado', s.status, COMMUNICATION_STATUS_LABELS[s.status].es, s.count, isPublished(s.status) ? s.count : 0)),
  ];
}

const NAMED = { select: ['documentId', 'code', 'name'] };

/** Every communication, counted over the range the query asks for. */
export async function communicationsReport(strapi: Core.Strapi, user: BackofficeUser, query: Record<string, unknown>): Promise<CommunicationsReport> {
  assertReadsAllCommunications(user);
  const range = parseRange(query);
  const { timeZone } = await loadRules(strapi);
  const rows = (await strapi.db.query(COMMUNICATION_UID).findMany({
    select: ['status', 'plannedDate', 'createdAt'],
    populate: { themes: NAMED, places: NAMED, pieces: { select: ['postedAt'] } },
  })) as Array<{ status: CommunicationStatus; plannedDate: string | null; createdAt: string; themes: Named[] | null; places: Named[] | null; pieces: Array<{ postedAt: string | null }> | null }>;
  const counted = rows.map((c) => ({ status: c.status, day: communicationDay(c, timeZone), themes: c.themes ?? [], places: c.places ?? [] }));
  return countCommunications(counted, range, timeZone);
}

export async function communicationsReportCsv(strapi: Core.Strapi, user: BackofficeUser, query: Record<string, unknown>): Promise<{ filename: string; csv: string }> {
  const report = await communicationsReport(strapi, user, query);
  const span = [report.from, report.to].filter(Boolean).join('_');
  return { filename: `comunicaciones${span ? `-${span}` : ''}.csv`, csv: CSV_BOM + writeCsv(reportCsvRows(report), REPORT_CSV_COLUMNS) };
}

type GoalRef = { documentId: string; code: string; title: string; isPublic: boolean | null };
export type UntoldGoal = { id: string; code: string; title: string; isPublic: boolean; targetDate: string | null };
export type UntoldMilestone = { id: string; title: string; order: number; completedAt: string | null; goal: { id: string; code: string; title: string; isPublic: boolean } | null };
/** `GET /api/backoffice/reports/untold`: what was achieved and no communication (other than a discarded one) tells. */
export type UntoldReport = { goals: UntoldGoal[]; milestones: UntoldMilestone[] };

type Teller = { status: string; goal: { documentId: string } | null; milestone: { documentId: string } | null };

/**
 * Pure: the completed goals and done milestones no communication tells. A milestone is told by a
 * communication linked to it; a goal, by one linked to the goal itself rather than to one of its
 * milestones. A discarded communication tells nothing.
 */
export function untold(
  goals: ReadonlyArray<GoalRef & { targetDate?: string | null }>,
  milestones: ReadonlyArray<{ documentId: string; title: string; order: number; completedAt?: string | Date | null; goal: GoalRef | null }>,
  tellers: readonly Teller[],
): UntoldReport {
  const live = tellers.filter((t) => t.status !== 'discarded');
  const toldMilestones = new Set(live.map((t) => t.milestone?.documentId).filter(Boolean));
  const toldGoals = new Set(live.filter((t) => !t.milestone).map((t) => t.goal?.documentId).filter(Boolean));
  const goalOut = (g: GoalRef) => ({ id: g.documentId, code: g.code, title: g.title, isPublic: g.isPublic === true });
  const at = (v: string | Date | null | undefined) => (v ? new Date(v).toISOString() : null);
  return {
    goals: goals
      .filter((g) => !toldGoals.has(g.documentId))
      .map((g) => ({ ...goalOut(g), targetDate: g.targetDate ? String(g.targetDate).slice(0, 10) : null }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    milestones: milestones
      .filter((m) => !toldMilestones.has(m.documentId))
      .map((m) => ({ id: m.documentId, title: m.title, order: m.order, completedAt: at(m.completedAt), goal: m.goal ? goalOut(m.goal) : null }))
      // The latest achievements first.
      .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || (a.goal?.code ?? '').localeCompare(b.goal?.code ?? '') || a.order - b.order),
  };
}

const GOAL_FIELDS = ['documentId', 'code', 'title', 'isPublic'];

/** The achievements no communication tells, among the goals and milestones the user may read. */
export async function untoldReport(strapi: Core.Strapi, user: BackofficeUser): Promise<UntoldReport> {
  assertReadsAllCommunications(user);
  const goals = (await strapi.db.query(GOAL_UID).findMany({
    select: [...GOAL_FIELDS, 'targetDate'],
    where: { ...(targetScope(GOAL_UID, user) ?? {}), status: 'completed' },
  })) as Array<GoalRef & { targetDate: string | null }>;
  const milestones = (await strapi.db.query(MILESTONE_UID).findMany({
    select: ['documentId', 'title', 'order', 'completedAt'],
    where: { ...(targetScope(MILESTONE_UID, user) ?? {}), status: 'done' },
    populate: { goal: { select: GOAL_FIELDS } },
  })) as Array<{ documentId: string; title: string; order: number; completedAt: string | null; goal: GoalRef | null }>;
  const tellers = (await strapi.db.query(COMMUNICATION_UID).findMany({
    select: ['status'],
    where: { status: { $ne: 'discarded' }, $or: [{ goal: { id: { $notNull: true } } }, { milestone: { id: { $notNull: true } } }] },
    populate: { goal: { select: ['documentId'] }, milestone: { select: ['documentId'] } },
  })) as Teller[];
  return untold(goals, milestones, tellers);
}
