import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { addDays, localDate, zonedInstant } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import type { Log } from '../../seed/lookups';
import { keyIndex, membersByUsername, resolver, upsertDocument as upsert } from '../../seed/lookups';

type GoalSeed = {
  code: string;
  title: string;
  description?: string | null;
  themes?: string[];
  places?: string[];
  actors?: string[];
  manager?: string | null;
  followUpOfficer?: string | null;
  startDay?: number | null;
  targetDay?: number | null;
  indicatorName?: string | null;
  indicatorUnit?: string | null;
  indicatorBaseline?: number | null;
  indicatorTarget?: number | null;
  indicatorCurrent?: number | null;
  budgetPlanned?: number | null;
  budgetExecuted?: number | null;
  status: string;
  isPublic?: boolean;
  internalNotes?: string | null;
  milestones: Array<{ order: number; title: string; description?: string | null; dueDay: number; weight: number; responsible?: string | null; critical?: boolean; status: string; completedDay?: number | null }>;
  reports?: Array<{ day: number; author?: string | null; milestoneOrder?: number | null; percent?: number | null; indicatorValue?: number | null; narrative: string }>;
  aros?: Array<{
    kind: string;
    title: string;
    description?: string | null;
    severity: string;
    status: string;
    raisedBy?: string | null;
    responsible?: string | null;
    milestoneOrder?: number | null;
    dueDay?: number | null;
    treatmentNotes?: string | null;
    resolvedDay?: number | null;
  }>;
};

/**
 * The five demo priority goals, dated relative to today so every health state shows:
 * milestones, progress reports and ARO. Upserts by goal code, milestone order, report date
 * and ARO title.
 */
export async function seedGoals(strapi: Core.Strapi, log: Log, seedsDir: string) {
  const file = path.join(seedsDir, 'goals.json');
  if (!fs.existsSync(file)) return;
  const { goals } = JSON.parse(fs.readFileSync(file, 'utf8')) as { goals: GoalSeed[] };
  const { timeZone } = await loadRules(strapi);
  const today = localDate(new Date(), timeZone);
  const day = (n: number | null | undefined) => (n === null || n === undefined ? null : addDays(today, n));
  const instant = (n: number | null | undefined, time = '12:00') => (n === null || n === undefined ? null : zonedInstant(addDays(today, n), time, timeZone).toISOString());
  const themes = await keyIndex(strapi, 'api::theme.theme');
  const places = await keyIndex(strapi, 'api::place.place');
  const actors = await keyIndex(strapi, 'api::actor.actor');
  const members = await membersByUsername(strapi);
  const { one, many } = resolver('goals.json');

  const counts = { milestones: 0, reports: 0, aros: 0 };
  for (const g of goals) {
    const goalId = await upsert(strapi, 'api::goal.goal', { code: g.code }, {
      code: g.code,
      title: g.title,
      description: g.description ?? null,
      themes: many(themes, g.themes, 'theme'),
      places: many(places, g.places, 'place'),
      actors: many(actors, g.actors, 'actor'),
      manager: one(members, g.manager, 'member'),
      followUpOfficer: one(members, g.followUpOfficer, 'member'),
      startDate: day(g.startDay),
      targetDate: day(g.targetDay),
      indicatorName: g.indicatorName ?? null,
      indicatorUnit: g.indicatorUnit ?? null,
      indicatorBaseline: g.indicatorBaseline ?? null,
      indicatorTarget: g.indicatorTarget ?? null,
      indicatorCurrent: g.indicatorCurrent ?? null,
      budgetPlanned: g.budgetPlanned ?? null,
      budgetExecuted: g.budgetExecuted ?? null,
      status: g.status,
      isPublic: !!g.isPublic,
      internalNotes: g.internalNotes ?? null,
    });
    const milestoneIds = new Map<number, string>();
    for (const m of g.milestones) {
      const id = await upsert(strapi, 'api::milestone.milestone', { goal: { documentId: goalId }, order: m.order }, {
        goal: goalId,
        order: m.order,
        title: m.title,
        description: m.description ?? null,
        dueDate: day(m.dueDay),
        weight: m.weight,
        responsible: one(members, m.responsible, 'member'),
        critical: !!m.critical,
        status: m.status,
        completedAt: m.status === 'done' ? instant(m.completedDay ?? m.dueDay, '15:00') : null,
      });
      milestoneIds.set(m.order, id);
      counts.milestones++;
    }
    for (const r of g.reports ?? []) {
      const date = instant(r.day, '16:00');
      await upsert(strapi, 'api::progress-report.progress-report', { goal: { documentId: goalId }, narrative: r.narrative }, {
        goal: goalId,
        milestone: r.milestoneOrder ? (milestoneIds.get(r.milestoneOrder) ?? null) : null,
        date,
        author: one(members, r.author, 'member'),
        percent: r.percent ?? null,
        indicatorValue: r.indicatorValue ?? null,
        narrative: r.narrative,
      });
      counts.reports++;
    }
    for (const a of g.aros ?? []) {
      await upsert(strapi, 'api::aro.aro', { goal: { documentId: goalId }, title: a.title }, {
        goal: goalId,
        milestone: a.milestoneOrder ? (milestoneIds.get(a.milestoneOrder) ?? null) : null,
        kind: a.kind,
        title: a.title,
        description: a.description ?? null,
        severity: a.severity,
        status: a.status,
        raisedBy: one(members, a.raisedBy, 'member'),
        responsible: one(members, a.responsible, 'member'),
        dueDate: day(a.dueDay),
        treatmentNotes: a.treatmentNotes ?? null,
        resolvedAt: instant(a.resolvedDay),
      });
      counts.aros++;
    }
  }
  log(`  metas      ${goals.length} metas, ${counts.milestones} hitos, ${counts.reports} reportes, ${counts.aros} ARO`);
}
