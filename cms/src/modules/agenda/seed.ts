import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { addDays, localDate, zonedInstant } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import type { Log } from '../../seed/lookups';
import { keyIndex, membersByUsername, resolver, upsertDocument as upsert } from '../../seed/lookups';

type ActivitySeed = {
  title: string;
  day: number;
  start: string;
  end: string;
  allDay?: boolean;
  kind: string;
  status: string;
  visibility: string;
  locationText?: string | null;
  place?: string | null;
  places?: string[];
  themes?: string[];
  actors?: string[];
  participants?: string[];
  description?: string | null;
  brief?: string | null;
  minutes?: string | null;
};
type RequestSeed = {
  trackingCode: string;
  kind: string;
  subject: string;
  description?: string | null;
  requester?: string | null;
  requesterName?: string | null;
  requesterOrganization?: string | null;
  requesterEmail?: string | null;
  requesterPhone?: string | null;
  channel: string;
  receivedDay: number;
  desiredDay?: number | null;
  themes?: string[];
  places?: string[];
  assignedTo?: string | null;
  answerDueDay?: number | null;
  status: string;
  answerText?: string | null;
  answeredDay?: number | null;
  activity?: string | null;
  delegatedTo?: string | null;
};
type TaskSeed = {
  title: string;
  kind: string;
  description?: string | null;
  activity?: string | null;
  request?: string | null;
  assignedBy?: string | null;
  responsible: string;
  dueDay?: number | null;
  priority?: number;
  status: string;
  completedDay?: number | null;
  updates?: Array<{ day: number; author: string; note: string; percent?: number | null }>;
};
export type AgendaSeed = { activities: ActivitySeed[]; requests: RequestSeed[]; tasks: TaskSeed[] };

/**
 * The demo agenda, dated relative to today in the municipality so it always looks current:
 * activities, requests in every state, tasks in every traffic-light state with follow-ups.
 * Upserts by title / tracking code, so running it again only moves the dates along.
 */
export async function seedAgenda(strapi: Core.Strapi, log: Log, seedsDir: string) {
  const file = path.join(seedsDir, 'agenda.json');
  if (!fs.existsSync(file)) return;
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as AgendaSeed;
  const { timeZone } = await loadRules(strapi);
  const today = localDate(new Date(), timeZone);
  const day = (n: number) => addDays(today, n);
  const instant = (n: number, time: string) => zonedInstant(day(n), time, timeZone).toISOString();

  const places = await keyIndex(strapi, 'api::place.place');
  const themes = await keyIndex(strapi, 'api::theme.theme');
  const actors = await keyIndex(strapi, 'api::actor.actor');
  const members = await membersByUsername(strapi);
  const { one: lookup, many } = resolver('agenda.json');

  const activityIds = new Map<string, string>();
  for (const a of seed.activities) {
    const id = await upsert(strapi, 'api::activity.activity', { title: a.title }, {
      title: a.title,
      description: a.description ?? null,
      start: instant(a.day, a.allDay ? '00:00' : a.start),
      end: instant(a.day, a.allDay ? '23:59' : a.end),
      allDay: !!a.allDay,
      kind: a.kind,
      status: a.status,
      visibility: a.visibility,
      locationText: a.locationText ?? null,
      place: lookup(places, a.place, 'place'),
      places: many(places, a.places, 'place'),
      themes: many(themes, a.themes, 'theme'),
      actors: many(actors, a.actors, 'actor'),
      participants: many(members, a.participants, 'member'),
      brief: a.brief ?? null,
      minutes: a.minutes ?? null,
    });
    activityIds.set(a.title, id);
  }
  log(`  agenda     ${seed.activities.length} actividades`);

  const requestIds = new Map<string, string>();
  for (const r of seed.requests) {
    const id = await upsert(strapi, 'api::request.request', { trackingCode: r.trackingCode }, {
      trackingCode: r.trackingCode,
      kind: r.kind,
      subject: r.subject,
      description: r.description ?? null,
      requester: lookup(actors, r.requester, 'actor'),
      requesterName: r.requesterName ?? null,
      requesterOrganization: r.requesterOrganization ?? null,
      requesterEmail: r.requesterEmail ?? null,
      requesterPhone: r.requesterPhone ?? null,
      channel: r.channel,
      receivedAt: instant(r.receivedDay, '10:00'),
      desiredDate: r.desiredDay === null || r.desiredDay === undefined ? null : day(r.desiredDay),
      themes: many(themes, r.themes, 'theme'),
      places: many(places, r.places, 'place'),
      assignedTo: lookup(members, r.assignedTo, 'member'),
      answerDueDate: r.answerDueDay === null || r.answerDueDay === undefined ? null : day(r.answerDueDay),
      status: r.status,
      answerText: r.answerText ?? null,
      answeredAt: r.answeredDay === null || r.answeredDay === undefined ? null : instant(r.answeredDay, '16:00'),
      activity: lookup(activityIds, r.activity, 'activity'),
      delegatedTo: lookup(members, r.delegatedTo, 'member'),
    });
    requestIds.set(r.trackingCode, id);
  }
  log(`  agenda     ${seed.requests.length} solicitudes`);

  let updates = 0;
  for (const t of seed.tasks) {
    const taskId = await upsert(strapi, 'api::task.task', { title: t.title }, {
      title: t.title,
      kind: t.kind,
      description: t.description ?? null,
      activity: lookup(activityIds, t.activity, 'activity'),
      request: lookup(requestIds, t.request, 'request'),
      assignedBy: lookup(members, t.assignedBy, 'member'),
      responsible: lookup(members, t.responsible, 'member'),
      dueDate: t.dueDay === null || t.dueDay === undefined ? null : day(t.dueDay),
      priority: t.priority ?? 3,
      status: t.status,
      completedAt: t.completedDay === null || t.completedDay === undefined ? null : instant(t.completedDay, '15:00'),
      progress: t.status === 'done' ? 100 : (t.updates?.at(-1)?.percent ?? 0),
    });
    for (const u of t.updates ?? []) {
      await upsert(strapi, 'api::task-update.task-update', { task: { documentId: taskId }, note: u.note }, {
        task: taskId,
        note: u.note,
        date: instant(u.day, '17:00'),
        author: lookup(members, u.author, 'member'),
        percent: u.percent ?? null,
      });
      updates++;
    }
  }
  log(`  agenda     ${seed.tasks.length} tareas, ${updates} seguimientos`);
}
