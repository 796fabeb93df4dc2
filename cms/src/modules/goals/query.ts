import { readPage } from '../../backoffice/page-read';
import type { BackofficeUser, Filters, RuleContext } from '../../backoffice/types';
import { goalHealth, type HealthAro, type HealthMilestone } from '@sigobito/config/contracts';

/* The goals module's queries, for its resources, its dashboard and reports, and the public site. */

/** Press sees only public goals (and what hangs from them); the other roles with read see all. */
export const goalScope = (user: Pick<BackofficeUser, 'role'>): Filters | undefined => (user.role === 'press' ? { isPublic: { $eq: true } } : undefined);

type Row = Record<string, unknown>;

/** Health of a batch of goals: milestones, ARO and last report in three queries, whatever the batch. */
export async function healthOf(goalIds: string[], ctx: Pick<RuleContext, 'now' | 'rules'>) {
  const result = new Map<string, ReturnType<typeof goalHealth>>();
  if (!goalIds.length) return result;
  const where = { goal: { documentId: { $in: goalIds } } };
  // One statement each, the goal's id read with the row, and only the columns health reads.
  const withGoal = (uid: string, fields: string[]) => readPage(strapi, uid, { where, fields, relations: [{ field: 'goal' }] });
  const [milestones, aros, reports] = await Promise.all([
    withGoal('api::milestone.milestone', ['order', 'title', 'dueDate', 'weight', 'status', 'completedAt', 'critical']),
    withGoal('api::aro.aro', ['kind', 'severity', 'status', 'title']),
    withGoal('api::progress-report.progress-report', ['date']),
  ]);
  const by = <T extends Row>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const g = (r.goal as { documentId: string } | null)?.documentId;
      if (g) map.set(g, [...(map.get(g) ?? []), r]);
    }
    return map;
  };
  const ms = by(milestones as Row[]);
  const as = by(aros as Row[]);
  const rs = by(reports as Row[]);
  const rules = { timeZone: ctx.rules.timeZone, atRiskGapPercent: ctx.rules.goalAtRiskGapPercent, milestoneSoonDays: ctx.rules.milestoneSoonDays, reportStaleDays: ctx.rules.progressReportStaleDays };
  for (const id of goalIds) {
    const last = (rs.get(id) ?? []).map((r) => new Date(String(r.date)).toISOString()).sort().at(-1) ?? null;
    result.set(
      id,
      goalHealth(
        {
          milestones: (ms.get(id) ?? []).map((m) => ({
            id: String(m.documentId),
            order: Number(m.order),
            title: String(m.title),
            dueDate: String(m.dueDate).slice(0, 10),
            weight: Number(m.weight ?? 0),
            status: m.status as HealthMilestone['status'],
            completedAt: (m.completedAt as string) ?? null,
            critical: !!m.critical,
          })),
          aros: (as.get(id) ?? []) as unknown as HealthAro[],
          lastReportAt: last,
        },
        ctx.now,
        rules,
      ),
    );
  }
  return result;
}

