import type { Core } from '@strapi/strapi';
import { daysBetween, localDate, PUBLIC_GOAL_FIELDS, UNFOLLOWED_GOAL_STATUSES } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { healthOf } from './query';
import { linkedUnder } from '../../backoffice/tree';

const named = { select: ['documentId', 'name', 'code'] };
type Named = { documentId: string; name: string; code: string };
const n = (x: Named) => ({ id: x.documentId, name: x.name, code: x.code });

/** What citizens see of a goal (PUBLIC_GOAL_FIELDS): no internal notes, no budget detail beyond totals, no people. */
const GOAL_FIELDS = ['documentId', ...PUBLIC_GOAL_FIELDS];

type GoalRow = {
  documentId: string;
  code: string;
  title: string;
  description: string | null;
  status: string;
  startDate: string | null;
  targetDate: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  indicatorBaseline: number | null;
  indicatorTarget: number | null;
  indicatorCurrent: number | null;
  budgetPlanned: number | null;
  budgetExecuted: number | null;
  themes: Named[];
  places: Named[];
};

/** Which goals citizens see: the public ones that are a commitment (not a draft, not cancelled). */
export const publicGoalWhere = { isPublic: true, status: { $notIn: [...UNFOLLOWED_GOAL_STATUSES] } };

export async function publicGoals(strapi: Core.Strapi, filter: { theme?: string; place?: string; actor?: string } = {}, now = new Date()) {
  // A theme's goals include its sub-themes'; a district's, its corregimientos' (the tree rule).
  const where: Record<string, unknown> = {
    ...publicGoalWhere,
    ...(filter.theme ? await linkedUnder(strapi, 'api::theme.theme', 'themes', filter.theme) : {}),
    ...(filter.place ? await linkedUnder(strapi, 'api::place.place', 'places', filter.place) : {}),
    ...(filter.actor ? { actors: { code: filter.actor } } : {}),
  };
  const rows = (await strapi.db.query('api::goal.goal').findMany({ select: GOAL_FIELDS, where, orderBy: { code: 'asc' }, populate: { themes: named, places: named } })) as GoalRow[];
  const health = await healthOf(rows.map((r) => r.documentId), { now, rules: await loadRules(strapi) });
  return rows.map((r) => {
    const h = health.get(r.documentId)!;
    const { documentId, themes, places, ...rest } = r;
    delete (rest as { id?: unknown }).id; // the numeric row id is not part of the public record
    return { ...rest, id: documentId, themes: themes.map(n), places: places.map(n), health: h.status, plannedPercent: h.plannedPercent, actualPercent: h.actualPercent, healthReasons: h.reasons.map((x) => x.publicText ?? x.text) };
  });
}

type MilestoneRow = {
  documentId: string;
  order: number;
  title: string;
  description: string | null;
  dueDate: string;
  weight: number;
  status: string;
  completedAt: string | null;
  critical: boolean;
  goal: { documentId: string } | null;
};

/** The milestones of some goals, in one query, in their order. */
const milestonesOf = async (strapi: Core.Strapi, goalIds: string[]) =>
  (await strapi.db.query('api::milestone.milestone').findMany({
    select: ['documentId', 'order', 'title', 'description', 'dueDate', 'weight', 'status', 'completedAt', 'critical'],
    where: { goal: { documentId: { $in: goalIds } } },
    populate: { goal: { select: ['documentId'] } },
    orderBy: [{ order: 'asc' }, { dueDate: 'asc' }],
  })) as MilestoneRow[];

/** What the public sees of a milestone: its state (done, late, upcoming) on `today`. */
function publicMilestone(m: MilestoneRow, today: string) {
  const due = String(m.dueDate).slice(0, 10);
  const state = m.status === 'done' ? 'done' : daysBetween(due, today) > 0 ? 'late' : 'upcoming';
  return { id: m.documentId, order: m.order, title: m.title, description: m.description, dueDate: due, weight: Number(m.weight), critical: !!m.critical, status: m.status, state, completedAt: m.completedAt ? new Date(m.completedAt).toISOString() : null };
}

export async function publicGoal(strapi: Core.Strapi, documentId: string, now = new Date()) {
  const [goal] = (await publicGoals(strapi, {}, now)).filter((g) => g.id === documentId);
  if (!goal) return null;
  const rules = await loadRules(strapi);
  const today = localDate(now, rules.timeZone);
  const milestones = await milestonesOf(strapi, [documentId]);
  const reports = (await strapi.db.query('api::progress-report.progress-report').findMany({
    select: ['date', 'percent', 'indicatorValue'],
    where: { goal: { documentId } },
    orderBy: { date: 'asc' },
  })) as Array<{ date: string; percent: number | null; indicatorValue: number | null }>;
  return {
    ...goal,
    milestones: milestones.map((m) => publicMilestone(m, today)),
    progress: reports.map((r) => ({ date: new Date(r.date).toISOString(), percent: r.percent, indicatorValue: r.indicatorValue === null ? null : Number(r.indicatorValue) })),
  };
}

/** Open data: public goals, their milestones and their progress reports as flat rows (of a theme, a place, with what lies beneath). */
export async function openData(strapi: Core.Strapi, dataset: 'goals' | 'milestones' | 'progress-reports', filter: { theme?: string; place?: string } = {}, now = new Date()) {
  const goals = await publicGoals(strapi, filter, now);
  if (dataset === 'goals') {
    return goals.map((g) => ({
      id: g.id,
      code: g.code,
      title: g.title,
      status: g.status,
      health: g.health,
      plannedPercent: g.plannedPercent,
      actualPercent: g.actualPercent,
      startDate: g.startDate ?? null,
      targetDate: g.targetDate ?? null,
      indicatorName: g.indicatorName ?? null,
      indicatorUnit: g.indicatorUnit ?? null,
      indicatorBaseline: g.indicatorBaseline ?? null,
      indicatorTarget: g.indicatorTarget ?? null,
      indicatorCurrent: g.indicatorCurrent ?? null,
      budgetPlanned: g.budgetPlanned ?? null,
      budgetExecuted: g.budgetExecuted ?? null,
      themes: g.themes.map((t) => t.code).join('|'),
      places: g.places.map((p) => p.code).join('|'),
    }));
  }
  if (dataset === 'progress-reports') {
    // What the goal's public page charts of each report: never its narrative, author or files.
    const code = new Map(goals.map((g) => [g.id, g.code]));
    const reports = (await strapi.db.query('api::progress-report.progress-report').findMany({
      select: ['date', 'percent', 'indicatorValue'],
      where: { goal: { documentId: { $in: [...code.keys()] } } },
      populate: { goal: { select: ['documentId'] }, milestone: { select: ['documentId'] } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    })) as Array<{ date: string; percent: number | null; indicatorValue: number | string | null; goal: { documentId: string } | null; milestone: { documentId: string } | null }>;
    return reports
      .filter((r) => r.goal && code.has(r.goal.documentId))
      .map((r) => ({
        goalCode: code.get(r.goal!.documentId)!,
        goalId: r.goal!.documentId,
        milestoneId: r.milestone?.documentId ?? null,
        date: new Date(r.date).toISOString(),
        percent: r.percent,
        indicatorValue: r.indicatorValue === null ? null : Number(r.indicatorValue),
      }));
  }
  // Every public goal's milestones in one query, not one goal at a time.
  const today = localDate(now, (await loadRules(strapi)).timeZone);
  const byGoal = new Map<string, MilestoneRow[]>(goals.map((g) => [g.id, []]));
  for (const m of await milestonesOf(strapi, [...byGoal.keys()])) if (m.goal) byGoal.get(m.goal.documentId)?.push(m);
  return goals.flatMap((g) => (byGoal.get(g.id) ?? []).map((m) => ({ goalCode: g.code, goalId: g.id, ...publicMilestone(m, today) })));
}
