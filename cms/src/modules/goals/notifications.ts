import type { Core } from '@strapi/strapi';
import { addDays, dayInWords, daysBetween, localDate, localHour, QUIET_GOAL_STATUSES, weekStart } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { membersWithRole, toMember } from '../../notifications/to-member';
import { backofficeUrl } from '../../notifications/links';

type AroOut = { id: string; title: string; goal: string | null; severity: string; description?: string | null };

/** A new restriction goes to the goal's follow-up officer (or, without one, every follow-up member) and to the mayor. */
export async function notifyNewRestriction(strapi: Core.Strapi, aro: AroOut) {
  if (!aro.goal) return;
  const goal = (await strapi.db.query('api::goal.goal').findOne({
    where: { documentId: aro.goal },
    select: ['code', 'title'],
    populate: { followUpOfficer: { select: ['documentId'] } },
  })) as { code: string; title: string; followUpOfficer: { documentId: string } | null } | null;
  if (!goal) return;
  // A goal without a follow-up officer still has someone to treat it: the whole follow-up team.
  const followUp = goal.followUpOfficer ? [goal.followUpOfficer.documentId] : await membersWithRole(strapi, 'follow-up');
  const recipients = new Set([...followUp, ...(await membersWithRole(strapi, 'mayor'))]);
  for (const member of recipients) {
    await toMember(
      strapi,
      member,
      'newRestriction',
      `new-restriction:${aro.id}:${member}`,
      `Nueva restricción (${aro.severity === 'high' ? 'alta' : aro.severity === 'medium' ? 'media' : 'baja'}) en la meta ${goal.code}`,
      `Se registró la restricción «${aro.title}» en la meta ${goal.code} — ${goal.title}.\n${aro.description ?? ''}\n\nTratarla: ${backofficeUrl(`aros/${aro.id}/show`)}`,
    );
  }
}

/** Milestones due soon or overdue, to their responsible and the goal's manager; once per milestone and due date. */
export async function sendMilestoneReminders(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const rules = await loadRules(strapi);
  const hour = localHour(now, rules.timeZone);
  if (hour < 7) return 0;
  const today = localDate(now, rules.timeZone);
  const rows = (await strapi.db.query('api::milestone.milestone').findMany({
    select: ['documentId', 'title', 'dueDate', 'order'],
    where: {
      status: { $ne: 'done' },
      dueDate: { $lte: addDays(today, rules.milestoneSoonDays) },
      // A draft's milestones are not yet commitments; a cancelled or completed goal's no longer are.
      goal: { status: { $notIn: [...QUIET_GOAL_STATUSES] } },
    },
    populate: { responsible: { select: ['documentId'] }, goal: { select: ['documentId', 'code'], populate: { manager: { select: ['documentId'] } } } },
  })) as Array<{
    documentId: string;
    title: string;
    dueDate: string;
    order: number;
    responsible: { documentId: string } | null;
    goal: { documentId: string; code: string; manager: { documentId: string } | null } | null;
  }>;
  let queued = 0;
  for (const m of rows) {
    const left = daysBetween(today, String(m.dueDate).slice(0, 10));
    const overdue = left < 0;
    const kind = overdue ? 'milestone-overdue' : 'milestone-due-soon';
    const to = new Set([m.responsible?.documentId, m.goal?.manager?.documentId].filter((x): x is string => !!x));
    for (const member of to) {
      const ok = await toMember(
        strapi,
        member,
        'milestoneDue',
        `${kind}:${m.documentId}:${m.dueDate}:${member}`,
        overdue ? `Hito vencido: ${m.goal?.code ?? ''} hito ${m.order}` : `Hito por vencer: ${m.goal?.code ?? ''} hito ${m.order}`,
        `${overdue ? `Venció hace ${-left} ${left === -1 ? 'día' : 'días'}` : `Vence en ${left} ${left === 1 ? 'día' : 'días'}`} (el ${dayInWords(String(m.dueDate))}) el hito «${m.title}» de la meta ${m.goal?.code ?? ''}.\n\nVer la meta: ${backofficeUrl(`goals/${m.goal?.documentId}/show`)}`,
      );
      if (ok) queued++;
    }
  }
  return queued;
}

/** Monday morning: the mayor's week in one e-mail (agenda, overdue commitments, goals at risk, open restrictions). */
export async function sendWeeklyDigest(strapi: Core.Strapi, now = new Date(), summary: (now: Date) => Promise<{ text: string }>): Promise<number> {
  const rules = await loadRules(strapi);
  const today = localDate(now, rules.timeZone);
  const hour = localHour(now, rules.timeZone);
  if (weekStart(today) !== today || hour < 7) return 0;
  const { text } = await summary(now);
  let queued = 0;
  for (const member of await membersWithRole(strapi, 'mayor')) {
    if (await toMember(strapi, member, 'weeklyDigest', `weekly-digest:${today}:${member}`, `Resumen de la semana del ${dayInWords(today)}`, text)) queued++;
  }
  return queued;
}
