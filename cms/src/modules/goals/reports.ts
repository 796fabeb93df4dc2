import type { Core } from '@strapi/strapi';
import { daysBetween, GOAL_HEALTH_LABELS, labelsIn, localDate, reasonsFor } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { goalScope, healthOf } from './query';
import { targetScope } from '../../backoffice/registry';
import { can, CSV_BOM, writeCsv } from '@sigobito/config';
import type { BackofficeUser } from '../../backoffice/types';

type GoalRow = {
  documentId: string;
  code: string;
  title: string;
  status: string;
  isPublic: boolean;
  indicatorName: string | null;
  indicatorUnit: string | null;
  indicatorBaseline: number | null;
  indicatorTarget: number | null;
  indicatorCurrent: number | null;
  budgetPlanned: number | null;
  budgetExecuted: number | null;
  targetDate: string | null;
  manager: { fullName: string } | null;
};

const HEALTH_ES = labelsIn(GOAL_HEALTH_LABELS, 'es');

/** All goals' consolidated status: one row per goal, for print and CSV. */
export async function consolidated(strapi: Core.Strapi, user: BackofficeUser, now = new Date()) {
  const rules = await loadRules(strapi);
  const goals = (await strapi.db.query('api::goal.goal').findMany({
    where: goalScope(user) ?? {},
    orderBy: { code: 'asc' },
    populate: { manager: { select: ['fullName'] } },
  })) as GoalRow[];
  const health = await healthOf(goals.map((g) => g.documentId), { now, rules });
  return goals.map((g) => {
    const h = health.get(g.documentId)!;
    const reasons = reasonsFor(h.reasons, user.role === 'press' ? 'public' : 'team');
    return {
      id: g.documentId,
      code: g.code,
      title: g.title,
      status: g.status,
      health: h.status,
      healthLabel: HEALTH_ES[h.status],
      plannedPercent: h.plannedPercent,
      actualPercent: h.actualPercent,
      reasons: reasons.map((r) => r.text).join('; '),
      reasonDetails: reasons,
      manager: g.manager?.fullName ?? '',
      indicator: g.indicatorName ?? '',
      unit: g.indicatorUnit ?? '',
      baseline: g.indicatorBaseline,
      target: g.indicatorTarget,
      current: g.indicatorCurrent,
      budgetPlanned: g.budgetPlanned,
      budgetExecuted: g.budgetExecuted,
      targetDate: g.targetDate,
      isPublic: !!g.isPublic,
    };
  });
}

/** An open-data file as CSV: the shared writer (no cell a spreadsheet would run as a formula), with a BOM for the accents; the header is `columns` (every file has one, even empty). */
export function toCsv(rows: Array<Record<string, unknown>>, columns?: readonly string[]): string {
  return CSV_BOM + writeCsv(rows, columns);
}

/** What is missing for the goals to be followed well (the method's information-quality review). */
export async function qualityReport(strapi: Core.Strapi, user: BackofficeUser, now = new Date()) {
  const rules = await loadRules(strapi);
  const today = localDate(now, rules.timeZone);
  const scope = goalScope(user) ?? {};
  const goals = (await strapi.db.query('api::goal.goal').findMany({ select: ['documentId', 'code', 'title'], where: { ...scope, status: { $ne: 'cancelled' } } })) as Array<{
    documentId: string;
    code: string;
    title: string;
  }>;
  const ids = goals.map((g) => g.documentId);
  const milestones = (await strapi.db.query('api::milestone.milestone').findMany({
    select: ['documentId', 'title', 'order'],
    where: { goal: { documentId: { $in: ids } } },
    populate: { goal: { select: ['documentId'] }, responsible: { select: ['id'] } },
  })) as Array<{ documentId: string; title: string; order: number; goal: { documentId: string }; responsible: { id: number } | null }>;
  const reports = (await strapi.db.query('api::progress-report.progress-report').findMany({
    select: ['date'],
    where: { goal: { documentId: { $in: ids } } },
    populate: { goal: { select: ['documentId'] } },
  })) as Array<{ date: string; goal: { documentId: string } }>;
  const lastReport = new Map<string, string>();
  for (const r of reports) {
    const d = localDate(new Date(r.date), rules.timeZone);
    if ((lastReport.get(r.goal.documentId) ?? '') < d) lastReport.set(r.goal.documentId, d);
  }
  const goalRef = (id: string) => {
    const g = goals.find((x) => x.documentId === id)!;
    return { id: g.documentId, code: g.code, title: g.title };
  };
  const tasksWithoutDue = targetScope('api::task.task', user) === undefined
    ? ((await strapi.db.query('api::task.task').findMany({ select: ['documentId', 'title'], where: { dueDate: { $null: true }, status: { $in: ['pending', 'in_progress'] } } })) as Array<{ documentId: string; title: string }>)
    : [];
  const unanswered = can(user.role, 'requests', 'read')
    ? ((await strapi.db.query('api::request.request').findMany({
        select: ['documentId', 'subject', 'answerDueDate'],
        where: { status: { $in: ['received', 'in_review'] }, answerDueDate: { $lt: today } },
      })) as Array<{ documentId: string; subject: string; answerDueDate: string }>)
    : [];
  return {
    today,
    goalsWithoutMilestones: goals.filter((g) => !milestones.some((m) => m.goal?.documentId === g.documentId)).map((g) => goalRef(g.documentId)),
    milestonesWithoutResponsible: milestones.filter((m) => !m.responsible).map((m) => ({ id: m.documentId, title: m.title, order: m.order, goal: goalRef(m.goal.documentId) })),
    goalsWithoutRecentReport: goals
      .filter((g) => {
        const last = lastReport.get(g.documentId);
        return !last || daysBetween(last, today) > rules.progressReportStaleDays;
      })
      .map((g) => ({ ...goalRef(g.documentId), lastReport: lastReport.get(g.documentId) ?? null })),
    tasksWithoutDueDate: tasksWithoutDue.map((t) => ({ id: t.documentId, title: t.title })),
    requestsUnansweredPastDue: unanswered.map((r) => ({ id: r.documentId, subject: r.subject, answerDueDate: r.answerDueDate })),
  };
}
