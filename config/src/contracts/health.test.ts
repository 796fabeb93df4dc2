import { goalHealth, reasonsFor, type HealthInput, type HealthMilestone } from './health';

const rules = { timeZone: 'America/Panama', atRiskGapPercent: 15, milestoneSoonDays: 14, reportStaleDays: 30 };
const now = new Date('2026-11-23T15:00:00Z'); // 10:00, 23 Nov in Panama
const m = (order: number, dueDate: string, status: HealthMilestone['status'] = 'pending', weight = 1, extra: Partial<HealthMilestone> = {}): HealthMilestone => ({
  id: `m${order}`,
  order,
  title: `Hito ${order}`,
  dueDate,
  weight,
  status,
  ...extra,
});
const goal = (milestones: HealthMilestone[], over: Partial<HealthInput> = {}): HealthInput => ({ milestones, aros: [], lastReportAt: '2026-11-20T12:00:00Z', ...over });

describe('goal health', () => {
  it('flags a goal without milestones: it cannot be followed', () => {
    const h = goalHealth(goal([]), now, rules);
    expect(h).toMatchObject({ status: 'at_risk', plannedPercent: 0, actualPercent: 0 });
    expect(h.reasons[0].text).toBe('La meta no tiene hitos programados');
  });

  it('is completed when every milestone is done, even ones done late and with open restrictions', () => {
    const h = goalHealth(
      goal([m(1, '2026-01-01', 'done', 1, { completedAt: '2026-02-15T12:00:00Z' }), m(2, '2027-01-01', 'done')], {
        aros: [{ kind: 'restriction', severity: 'high', status: 'open', title: 'x' }],
      }),
      now,
      rules,
    );
    expect(h).toMatchObject({ status: 'completed', actualPercent: 100, plannedPercent: 50 });
  });

  it('is not delayed by a milestone due today, and delayed the day after, saying by how much', () => {
    expect(goalHealth(goal([m(1, '2026-11-23'), m(2, '2027-06-01')]), now, rules).status).not.toBe('delayed');
    const h = goalHealth(goal([m(1, '2026-11-11', 'in_progress', 1, { critical: true }), m(2, '2027-06-01')]), now, rules);
    expect(h.status).toBe('delayed');
    expect(h.reasons).toEqual([
      { code: 'milestone_late', params: { order: 1, days: 12, critical: true, title: 'Hito 1' }, text: 'Hito 1 vencido hace 12 días (crítico): Hito 1' },
    ]);
    expect(h.milestones).toEqual([
      { id: 'm1', late: true, daysLate: 12 },
      { id: 'm2', late: false, daysLate: 0 },
    ]);
  });

  it('counts the municipality day: 23:30 in Panama is still the due date', () => {
    const lateEvening = new Date('2026-11-24T04:30:00Z');
    expect(goalHealth(goal([m(1, '2026-11-23'), m(2, '2027-01-01')]), lateEvening, rules).status).not.toBe('delayed');
    expect(goalHealth(goal([m(1, '2026-11-23'), m(2, '2027-01-01')]), new Date('2026-11-24T05:30:00Z'), rules).status).toBe('delayed');
  });

  it('weighs planned and actual progress by milestone weight', () => {
    const h = goalHealth(goal([m(1, '2026-10-01', 'done', 30), m(2, '2026-11-23', 'in_progress', 20), m(3, '2027-03-01', 'pending', 50)]), now, rules);
    expect(h).toMatchObject({ plannedPercent: 50, actualPercent: 30 });
    expect(h.status).toBe('at_risk'); // 20 points behind > 15
    expect(h.reasons.map((r) => r.code)).toContain('behind_plan');
  });

  it('is on track exactly at the threshold, at risk one point past it', () => {
    const at = goalHealth(goal([m(1, '2026-10-01', 'done', 35), m(2, '2026-11-01', 'done', 0), m(3, '2026-11-23', 'in_progress', 15), m(4, '2027-12-01', 'pending', 50)]), now, rules);
    expect(at).toMatchObject({ plannedPercent: 50, actualPercent: 35, status: 'on_track' });
    const past = goalHealth(goal([m(1, '2026-10-01', 'done', 34), m(3, '2026-11-23', 'in_progress', 16), m(4, '2027-12-01', 'pending', 50)]), now, rules);
    expect(past.status).toBe('at_risk');
    expect(past.reasons).toContainEqual({ code: 'behind_plan', params: { actual: 34, planned: 50 }, text: 'Avance real 34 % frente a 50 % planificado' });
  });

  it('treats all-zero weights as equal weights', () => {
    const h = goalHealth(goal([m(1, '2026-10-01', 'done', 0), m(2, '2027-01-01', 'pending', 0)]), now, rules);
    expect(h).toMatchObject({ plannedPercent: 50, actualPercent: 50, status: 'on_track' });
  });

  it('is at risk with an open or in-treatment high restriction, not with a medium one or a resolved one', () => {
    const base = [m(1, '2027-01-01')];
    const with_ = (severity: 'high' | 'medium', status: 'open' | 'in_treatment' | 'resolved') =>
      goalHealth(goal(base, { aros: [{ kind: 'restriction', severity, status, title: 'Falta de presupuesto' }] }), now, rules);
    expect(with_('high', 'open').reasons).toEqual([
      {
        code: 'high_restriction',
        params: { title: 'Falta de presupuesto' },
        text: 'Restricción alta abierta: Falta de presupuesto',
        publicText: 'Hay una restricción de severidad alta en tratamiento',
      },
    ]);
    expect(reasonsFor(with_('high', 'open').reasons, 'public')).toEqual([
      { code: 'high_restriction', params: { variant: 'public' }, text: 'Hay una restricción de severidad alta en tratamiento' },
    ]);
    expect(reasonsFor(with_('high', 'open').reasons, 'team')).toEqual([
      { code: 'high_restriction', params: { title: 'Falta de presupuesto' }, text: 'Restricción alta abierta: Falta de presupuesto' },
    ]);
    expect(with_('high', 'in_treatment').status).toBe('at_risk');
    expect(with_('medium', 'open').status).toBe('on_track');
    expect(with_('high', 'resolved').status).toBe('on_track');
    expect(goalHealth(goal(base, { aros: [{ kind: 'alert', severity: 'high', status: 'open', title: 'x' }] }), now, rules).status).toBe('on_track');
  });

  it('is at risk when a milestone is due within 14 days and no progress was reported in 30 days', () => {
    const soon = [m(1, '2026-12-07'), m(2, '2027-06-01')]; // 14 days ahead
    expect(goalHealth(goal(soon, { lastReportAt: '2026-10-01T12:00:00Z' }), now, rules).reasons).toEqual([
      { code: 'due_soon_no_report', params: { order: 1, days: 14, staleDays: 30 }, text: 'Hito 1 vence en 14 días sin reporte de avance en 30 días' },
    ]);
    expect(goalHealth(goal(soon, { lastReportAt: null }), now, rules).status).toBe('at_risk');
    expect(goalHealth(goal(soon, { lastReportAt: '2026-10-24T12:00:00Z' }), now, rules).status).toBe('on_track'); // 30 days: not stale yet
    expect(goalHealth(goal([m(1, '2026-12-08'), m(2, '2027-06-01')], { lastReportAt: null }), now, rules).status).toBe('on_track'); // 15 days
  });
});
