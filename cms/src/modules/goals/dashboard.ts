import type { Core } from '@strapi/strapi';
import { addDays, dayInWords, instantInWords, localDate, reasonsFor, UNFOLLOWED_GOAL_STATUSES, weekStart, zonedInstant } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { goalScope, healthOf } from './query';
import { targetScope } from '../../backoffice/registry';
import type { BackofficeUser } from '../../backoffice/types';
import { backofficeListUrl, backofficeUrl } from '../../notifications/links';

/**
 * The mayor's dashboard: goals in follow-up by health (with why; the same goals the list's
 * `health` filter finds), overdue milestones, open restrictions,
 * overdue commitments and this week's agenda, each within what the user may see.
 */
export async function dashboard(strapi: Core.Strapi, user: BackofficeUser, now = new Date()) {
  const rules = await loadRules(strapi);
  const today = localDate(now, rules.timeZone);
  const gScope = goalScope(user) ?? {};
  const goals = (await strapi.db.query('api::goal.goal').findMany({
    select: ['documentId', 'code', 'title', 'status'],
    where: { ...gScope, status: { $notIn: [...UNFOLLOWED_GOAL_STATUSES] } },
    orderBy: { code: 'asc' },
  })) as Array<{ documentId: string; code: string; title: string; status: string }>;
  const health = await healthOf(goals.map((g) => g.documentId), { now, rules });
  const byHealth = { on_track: 0, at_risk: 0, delayed: 0, completed: 0 };
  const goalList = goals.map((g) => {
    const h = health.get(g.documentId)!;
    byHealth[h.status]++;
    const reasons = reasonsFor(h.reasons, user.role === 'press' ? 'public' : 'team');
    return { id: g.documentId, code: g.code, title: g.title, health: h.status, actualPercent: h.actualPercent, plannedPercent: h.plannedPercent, reasons: reasons.map((r) => r.text), reasonDetails: reasons };
  });
  const childScope = user.role === 'press' ? { goal: gScope } : {};
  const overdueMilestones = await strapi.db.query('api::milestone.milestone').count({ where: { ...childScope, status: { $ne: 'done' }, dueDate: { $lt: today } } });
  const openRestrictions =
    user.role === 'press' ? 0 : await strapi.db.query('api::aro.aro').count({ where: { kind: 'restriction', status: { $in: ['open', 'in_treatment'] } } });
  const overdueCommitments = await strapi.db.query('api::task.task').count({
    where: { ...(targetScope('api::task.task', user) ?? {}), kind: 'commitment', status: { $in: ['pending', 'in_progress'] }, dueDate: { $lt: today } },
  });
  const monday = weekStart(today);
  const from = zonedInstant(monday, '00:00', rules.timeZone).toISOString();
  const to = zonedInstant(addDays(monday, 7), '00:00', rules.timeZone).toISOString();
  const week = (await strapi.db.query('api::activity.activity').findMany({
    select: ['documentId', 'title', 'start', 'end', 'status', 'visibility', 'locationText'],
    where: { ...(targetScope('api::activity.activity', user) ?? {}), start: { $lt: to }, end: { $gt: from }, status: { $ne: 'cancelled' } },
    orderBy: { start: 'asc' },
  })) as Array<{ documentId: string; title: string; start: string; end: string; status: string; visibility: string; locationText: string | null }>;
  return {
    today,
    timeZone: rules.timeZone,
    goalsByHealth: byHealth,
    goals: goalList,
    overdueMilestones,
    openRestrictions,
    overdueCommitments,
    weekAgenda: week.map((a) => ({ ...a, id: a.documentId, start: new Date(a.start).toISOString(), end: new Date(a.end).toISOString() })),
  };
}

/** The weekly digest text, from the same numbers the dashboard shows. */
export async function digestText(strapi: Core.Strapi, mayor: BackofficeUser, now: Date) {
  const d = await dashboard(strapi, mayor, now);
  const time = (iso: string) => instantInWords(new Date(iso), d.timeZone);
  // The same filtered lists the "Tablero" numbers lead to (admin-ui/src/dashboard/goalLinks.ts).
  const lines = [
    `Semana del ${dayInWords(weekStart(d.today))}`,
    '',
    `Agenda de la semana (${d.weekAgenda.length}):`,
    ...d.weekAgenda.map((a) => `  · ${time(a.start)} — ${a.title}${a.visibility === 'private' ? ' (privada)' : ''}\n    ${backofficeUrl(`activities/${a.id}/show`)}`),
    '',
    `Compromisos vencidos: ${d.overdueCommitments} — ${backofficeListUrl('tasks', { kind: 'commitment', light: ['overdue'] })}`,
    `Hitos vencidos: ${d.overdueMilestones} — ${backofficeListUrl('milestones', { late: true })}`,
    `Restricciones abiertas: ${d.openRestrictions} — ${backofficeListUrl('aros', { kind: 'restriction', status: ['open', 'in_treatment'] })}`,
    '',
    'Metas en riesgo o con retraso:',
    ...d.goals
      .filter((g) => g.health === 'at_risk' || g.health === 'delayed')
      .map((g) => `  · ${g.code} ${g.title}: ${g.reasons.join('; ')}\n    ${backofficeUrl(`goals/${g.id}/show`)}`),
    '',
    `Tablero: ${backofficeUrl('')}`,
  ];
  return { text: lines.join('\n') };
}
