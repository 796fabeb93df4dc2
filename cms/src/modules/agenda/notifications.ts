import type { Core } from '@strapi/strapi';
import { addDays, dayInWords, localDate, localHour, mayorPhrases, taskLight, type TaskStatus } from '@sigobito/config/contracts';
import { loadMayorTitle, loadRules } from '../../backoffice/rules';
import { toMember } from '../../notifications/to-member';
import { enqueue } from '../../notifications/outbox';
import { backofficeUrl, publicUrl } from '../../notifications/links';

type TaskOut = { id: string; title: string; responsible: string | null; dueDate: string | null; description?: string | null; status?: string };

export function notifyTaskAssigned(strapi: Core.Strapi, task: TaskOut) {
  return toMember(
    strapi,
    task.responsible,
    'taskAssigned',
    `task-assigned:${task.id}:${task.responsible}`,
    `Nueva tarea: ${task.title}`,
    `Se le asignó la tarea «${task.title}»${task.dueDate ? `, con fecha límite el ${dayInWords(task.dueDate)}` : ''}.\n${task.description ?? ''}\n\nVer la tarea: ${backofficeUrl(`tasks/${task.id}/show`)}`,
  );
}

type RequestOut = { id: string; subject: string; trackingCode: string | null; requesterEmail: string | null; requesterName: string | null; status: string; answerText: string | null };

const STATUS_ES: Record<string, string> = {
  received: 'recibida',
  in_review: 'en revisión',
  accepted: 'aceptada',
  declined: 'no aceptada',
  delegated: 'delegada',
  closed: 'cerrada',
};

/** The signature of a letter to a citizen: "Despacho de la Alcaldesa", as the settings name the mayor. */
const signature = async (strapi: Core.Strapi) => `— Despacho ${mayorPhrases(await loadMayorTitle(strapi)).of}`;

export async function notifyRequestReceived(strapi: Core.Strapi, r: RequestOut) {
  if (!r.requesterEmail || !r.trackingCode) return false;
  return enqueue(strapi, {
    key: `request-received:${r.id}`,
    to: r.requesterEmail,
    subject: `Recibimos su solicitud (${r.trackingCode})`,
    text:
      `Hola${r.requesterName ? `, ${r.requesterName}` : ''}:\n\nRecibimos su solicitud «${r.subject}». Su código de seguimiento es ${r.trackingCode}.\n` +
      `Puede consultar su estado en ${publicUrl(`solicitudes/estado?codigo=${r.trackingCode}`)}\n\n${await signature(strapi)}`,
  });
}

export async function notifyRequestAnswered(strapi: Core.Strapi, r: RequestOut) {
  if (!r.requesterEmail || !r.trackingCode || !['accepted', 'declined', 'delegated'].includes(r.status)) return false;
  return enqueue(strapi, {
    key: `request-answered:${r.id}:${r.status}`,
    to: r.requesterEmail,
    subject: `Su solicitud fue ${STATUS_ES[r.status]} (${r.trackingCode})`,
    text:
      `Hola${r.requesterName ? `, ${r.requesterName}` : ''}:\n\nSu solicitud «${r.subject}» fue ${STATUS_ES[r.status]}.\n` +
      `${r.answerText ? `\n${r.answerText}\n` : ''}\nEstado: ${publicUrl(`solicitudes/estado?codigo=${r.trackingCode}`)}\n\n${await signature(strapi)}`,
  });
}

/**
 * The daily reminders: open tasks due soon or overdue, to their responsible. Runs hourly;
 * sends only from 7:00 in the municipality, and each reminder once per task and due date.
 */
export async function sendTaskReminders(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const rules = await loadRules(strapi);
  const hour = localHour(now, rules.timeZone);
  if (hour < 7) return 0;
  const today = localDate(now, rules.timeZone);
  const tasks = (await strapi.db.query('api::task.task').findMany({
    where: { status: { $in: ['pending', 'in_progress'] }, dueDate: { $notNull: true, $lte: addDays(today, rules.taskDueSoonDays) } },
    select: ['documentId', 'title', 'dueDate', 'status'],
    populate: { responsible: { select: ['documentId'] } },
  })) as Array<{ documentId: string; title: string; dueDate: string; status: TaskStatus; responsible: { documentId: string } | null }>;
  let queued = 0;
  for (const t of tasks) {
    const light = taskLight({ status: t.status, dueDate: t.dueDate }, now, { dueSoonDays: rules.taskDueSoonDays, timeZone: rules.timeZone });
    if (light !== 'due_soon' && light !== 'overdue') continue;
    const overdue = light === 'overdue';
    const ok = await toMember(
      strapi,
      t.responsible?.documentId,
      overdue ? 'taskOverdue' : 'taskDueSoon',
      `${overdue ? 'task-overdue' : 'task-due-soon'}:${t.documentId}:${t.dueDate}`,
      overdue ? `Tarea vencida: ${t.title}` : `Tarea por vencer: ${t.title}`,
      `${overdue ? 'Venció' : 'Vence'} el ${dayInWords(t.dueDate)} la tarea «${t.title}».\n\nRegistre el avance: ${backofficeUrl(`tasks/${t.documentId}/show`)}`,
    );
    if (ok) queued++;
  }
  return queued;
}
