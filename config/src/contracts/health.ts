import { OPEN_ARO_STATUSES, type AroKind, type AroSeverity, type AroStatus } from './aro-workflow';
import { daysBetween, localDate } from './dates';
import type { Locale } from './labels';
import type { HealthReasonOut } from './errors';

/** The goal health the API computes (`health`), in the order it is listed (counts, legends, filters). */
export const GOAL_HEALTHS = ['on_track', 'at_risk', 'delayed', 'completed'] as const;
export type GoalHealth = (typeof GOAL_HEALTHS)[number];

export const isGoalHealth = (value: unknown): value is GoalHealth => typeof value === 'string' && (GOAL_HEALTHS as readonly string[]).includes(value);

/** What the back office (both languages) and the public site (Spanish) call each state. */
export const GOAL_HEALTH_LABELS: Record<GoalHealth, Record<Locale, string>> = {
  on_track: { es: 'En curso', en: 'On track' },
  at_risk: { es: 'En riesgo', en: 'At risk' },
  delayed: { es: 'Con retraso', en: 'Delayed' },
  completed: { es: 'Cumplida', en: 'Completed' },
};

export const MILESTONE_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type HealthMilestone = {
  id: string;
  order: number;
  title: string;
  dueDate: string; // YYYY-MM-DD
  weight: number;
  status: MilestoneStatus;
  completedAt?: string | null; // ISO instant
  critical?: boolean;
};
export type HealthAro = { kind: AroKind; severity: AroSeverity; status: AroStatus; title: string };
export type HealthInput = { milestones: HealthMilestone[]; aros: HealthAro[]; lastReportAt: string | null };
export type HealthRules = { timeZone: string; atRiskGapPercent: number; milestoneSoonDays: number; reportStaleDays: number };

/**
 * A coded reason (config/src/contracts/errors.ts `HEALTH_REASON_CODES`) with its parameters,
 * which the back office translates, and `text` in Spanish; `publicText` leaves out what is
 * internal (an ARO's title).
 */
export type Reason = HealthReasonOut & { publicText?: string };
export type HealthResult = {
  status: GoalHealth;
  plannedPercent: number;
  actualPercent: number;
  reasons: Reason[];
  milestones: Array<{ id: string; late: boolean; daysLate: number }>;
};

const pct = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0);
const days = (n: number) => `${n} ${n === 1 ? 'día' : 'días'}`;

/** A milestone is late when its due date passed (in the municipality's day) and it is not done. */
export function milestoneLate(m: Pick<HealthMilestone, 'dueDate' | 'status'>, today: string): number {
  if (m.status === 'done') return 0;
  const d = daysBetween(m.dueDate, today);
  return d > 0 ? d : 0;
}

/**
 * Goal health, a pure function of the goal and "now". Planned progress is the weight of the
 * milestones due by today over the total weight; actual is the weight of the done ones.
 * `completed` when every milestone is done; `delayed` when one is overdue; `at_risk` when a
 * high-severity restriction is open, or planned − actual exceeds the threshold, or a milestone
 * is due soon with no progress report for too long (or the goal has no milestones at all);
 * otherwise `on_track`. The reasons say why in words a mayor reads.
 */
export function goalHealth(goal: HealthInput, now: Date, rules: HealthRules): HealthResult {
  const today = localDate(now, rules.timeZone);
  const ms = [...goal.milestones].sort((a, b) => a.order - b.order || a.dueDate.localeCompare(b.dueDate));
  // With every weight at zero, each milestone counts the same.
  const allZero = ms.every((m) => !(m.weight > 0));
  const weight = (m: HealthMilestone) => (allZero ? 1 : Math.max(0, m.weight || 0));
  const total = ms.reduce((s, m) => s + weight(m), 0);
  // Days from each milestone's due date to today (positive: past due), reckoned once.
  const sinceDue = new Map(ms.map((m) => [m, daysBetween(m.dueDate, today)]));
  const daysLate = (m: HealthMilestone) => (m.status === 'done' ? 0 : Math.max(0, sinceDue.get(m)!));
  const planned = ms.filter((m) => sinceDue.get(m)! >= 0).reduce((s, m) => s + weight(m), 0);
  const actual = ms.filter((m) => m.status === 'done').reduce((s, m) => s + weight(m), 0);
  const plannedPercent = pct(planned, total);
  const actualPercent = pct(actual, total);
  const lateness = ms.map((m) => ({ id: m.id, daysLate: daysLate(m), late: daysLate(m) > 0 }));
  const result = (status: GoalHealth, reasons: Reason[]): HealthResult => ({ status, plannedPercent, actualPercent, reasons, milestones: lateness });

  if (ms.length === 0) return result('at_risk', [{ code: 'no_milestones', params: {}, text: 'La meta no tiene hitos programados' }]);
  if (ms.every((m) => m.status === 'done')) return result('completed', [{ code: 'completed', params: {}, text: 'Todos los hitos están cumplidos' }]);

  const late = ms.filter((m) => daysLate(m) > 0);
  if (late.length) {
    return result(
      'delayed',
      late.map((m) => ({
        code: 'milestone_late',
        params: { order: m.order, days: daysLate(m), critical: !!m.critical, title: m.title },
        text: `Hito ${m.order} vencido hace ${days(daysLate(m))}${m.critical ? ' (crítico)' : ''}: ${m.title}`,
      })),
    );
  }

  const reasons: Reason[] = [];
  for (const a of goal.aros) {
    if (a.kind === 'restriction' && a.severity === 'high' && OPEN_ARO_STATUSES.includes(a.status)) {
      reasons.push({ code: 'high_restriction', params: { title: a.title }, text: `Restricción alta abierta: ${a.title}`, publicText: 'Hay una restricción de severidad alta en tratamiento' });
    }
  }
  if (plannedPercent - actualPercent > rules.atRiskGapPercent) {
    reasons.push({ code: 'behind_plan', params: { actual: actualPercent, planned: plannedPercent }, text: `Avance real ${actualPercent} % frente a ${plannedPercent} % planificado` });
  }
  const stale = !goal.lastReportAt || daysBetween(localDate(new Date(goal.lastReportAt), rules.timeZone), today) > rules.reportStaleDays;
  if (stale) {
    for (const m of ms) {
      const left = 0 - sinceDue.get(m)!; // days until it is due (not -0)
      if (m.status !== 'done' && left >= 0 && left <= rules.milestoneSoonDays) {
        reasons.push({
          code: 'due_soon_no_report',
          params: { order: m.order, days: left, staleDays: rules.reportStaleDays },
          text: `Hito ${m.order} vence en ${days(left)} sin reporte de avance en ${rules.reportStaleDays} días`,
        });
      }
    }
  }
  return reasons.length ? result('at_risk', reasons) : result('on_track', []);
}

/**
 * The reasons as one audience reads them: the team in full; press and citizens without what is
 * internal (a restriction's title), under the same code with the `public` variant.
 */
export function reasonsFor(reasons: readonly Reason[], audience: 'team' | 'public'): HealthReasonOut[] {
  return reasons.map(({ publicText, ...reason }) =>
    audience === 'public' && publicText !== undefined && reason.code === 'high_restriction' ? { code: reason.code, params: { variant: 'public' }, text: publicText } : reason,
  );
}
