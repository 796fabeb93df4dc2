import crypto from 'node:crypto';
import { findConflicts } from '../../domain/agenda/conflicts';
import { addDays, answerDueDate, CLOSED_TASK_STATUSES, isProgressOnlyRole, isRequestOverdue, localDate, PROGRESS_FIELDS, type RequestStatus, type TaskLight, taskLight } from '@sigobito/config/contracts';
import { notifyRequestReceived, notifyTaskAssigned } from './notifications';
import type { FieldError } from '../../backoffice/errors';
import { targetScope } from '../../backoffice/registry';
import { inheritedTreeFilter } from '../../backoffice/tree';
import type { Filters, ResourceDef, RuleContext } from '../../backoffice/types';
import { activityScope, me, taskScope } from './query';
import { requestWorkflow } from './workflow';
import { activityWindowBound } from './activity-window';

const endAfterStart = (m: Record<string, unknown>): FieldError[] =>
  typeof m.start === 'string' && typeof m.end === 'string' && Date.parse(m.end) < Date.parse(m.start)
    ? [{ path: 'end', code: 'before_start', message: 'Debe ser posterior al inicio' }]
    : [];

export const activities: ResourceDef = {
  name: 'activities',
  uid: 'api::activity.activity',
  searchable: ['title', 'description', 'locationText'],
  searchIndex: true,
  readScope: activityScope,
  impliedFilters: (filters) => activityWindowBound(strapi, filters),
  validate: endAfterStart,
  /** Each confirmed activity lists the confirmed activities it overlaps, among those the user may see. */
  decorate: async (rows, ctx) => {
    for (const r of rows) r.conflicts = [];
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    if (!confirmed.length) return;
    const from = confirmed.map((r) => String(r.start)).sort()[0];
    const to = confirmed.map((r) => String(r.end)).sort().at(-1)!;
    const scope = activityScope(ctx.user);
    const around = (await strapi.db.query('api::activity.activity').findMany({
      select: ['documentId', 'start', 'end', 'status'],
      where: { status: 'confirmed', start: { $lt: to }, end: { $gt: from }, ...(scope ?? {}) },
    })) as Array<{ documentId: string; start: string; end: string; status: string }>;
    const conflicts = findConflicts(around.map((a) => ({ id: a.documentId, start: new Date(a.start).toISOString(), end: new Date(a.end).toISOString(), status: a.status })));
    for (const r of rows) r.conflicts = conflicts.get(String(r.id)) ?? [];
  },
};

const lightFilter = (value: unknown, _op: string, ctx: RuleContext): Filters => {
  const { today } = ctx;
  const soon = addDays(today, ctx.rules.taskDueSoonDays);
  const open = { status: { $in: ['pending', 'in_progress'] } };
  const one = (light: unknown): Filters => {
    switch (light as TaskLight) {
      case 'done':
        return { status: { $eq: 'done' } };
      case 'cancelled':
        return { status: { $eq: 'cancelled' } };
      case 'overdue':
        return { ...open, dueDate: { $lt: today } };
      case 'due_soon':
        return { ...open, dueDate: { $gte: today, $lte: soon } };
      case 'on_time':
        return { ...open, $or: [{ dueDate: { $null: true } }, { dueDate: { $gt: soon } }] };
      default:
        return { id: { $eq: -1 } };
    }
  };
  const values = Array.isArray(value) ? value : [value];
  return { $or: values.map(one) };
};

const ORIGINS = { activity: 'api::activity.activity', request: 'api::request.request', aro: 'api::aro.aro', goal: 'api::goal.goal' } as const;
type Origin = keyof typeof ORIGINS;
/** Where a task's places and themes come from: path → the uid of the record holding them. */
const TASK_ORIGINS_WITH_SUBJECTS = { activity: ORIGINS.activity, request: ORIGINS.request, goal: ORIGINS.goal, 'aro.goal': ORIGINS.goal };
/** An origin the user may not read (a private activity) is no origin for them, as in the answer. */
const originFilter = (value: unknown, _op: string, ctx: RuleContext): Filters => {
  const visible = (o: Origin): Filters => ({ [o]: { id: { $notNull: true }, ...(targetScope(ORIGINS[o], ctx.user) ?? {}) } });
  if (value === 'none') return { $and: (Object.keys(ORIGINS) as Origin[]).map((o) => ({ $not: visible(o) })) };
  if (Object.hasOwn(ORIGINS, String(value))) return visible(String(value) as Origin);
  return { id: { $eq: -1 } };
};

export const tasks: ResourceDef = {
  name: 'tasks',
  uid: 'api::task.task',
  searchable: ['title', 'description'],
  searchIndex: true,
  readOnly: ['completedAt'],
  readScope: taskScope,
  usesRules: true,
  writableFields: (user) => (isProgressOnlyRole(user.role) ? PROGRESS_FIELDS : undefined),
  virtualFilters: {
    light: lightFilter,
    origin: originFilter,
    mine: (value, _op, ctx) => (value === true || value === 'true' ? { responsible: { id: { $eq: me(ctx.user) } } } : {}),
    // A task is where, and about what, its origin is (with the branch beneath a district or an axis).
    places: inheritedTreeFilter('api::place.place', 'places', TASK_ORIGINS_WITH_SUBJECTS),
    themes: inheritedTreeFilter('api::theme.theme', 'themes', TASK_ORIGINS_WITH_SUBJECTS),
  },
  validate: (m) => (m.responsible ? [] : [{ path: 'responsible', code: 'required', message: 'Es obligatorio' }]),
  beforeWrite: (data, ctx) => {
    if (!ctx.existing && !data.assignedBy && ctx.user.member) data.assignedBy = ctx.user.member.documentId;
    const wasClosed = ctx.existing && (CLOSED_TASK_STATUSES as readonly string[]).includes(String(ctx.existing.status));
    if (data.status === 'done' && !wasClosed) data.completedAt = ctx.now.toISOString();
    if (data.status && data.status !== 'done') data.completedAt = null;
    if (data.status === 'done' && data.progress === undefined) data.progress = 100;
  },
  decorate: (rows, ctx) => {
    for (const r of rows) {
      r.light = taskLight({ status: r.status as never, dueDate: (r.dueDate as string) ?? null }, ctx.now, { dueSoonDays: ctx.rules.taskDueSoonDays, timeZone: ctx.rules.timeZone, today: ctx.today });
      r.origin = (Object.keys(ORIGINS) as Origin[]).find((o) => r[o]) ?? 'none';
    }
  },
  afterWrite: async (out, ctx) => {
    if (out.responsible && out.responsible !== ctx.existing?.responsible) await notifyTaskAssigned(strapi, out as never);
  },
};

export const taskUpdates: ResourceDef = {
  name: 'task-updates',
  uid: 'api::task-update.task-update',
  searchable: ['note'],
  readOnly: ['author'],
  readScope: (user) => {
    const scope = taskScope(user);
    return scope ? { task: scope } : undefined;
  },
  validate: (m) => (m.task ? [] : [{ path: 'task', code: 'required', message: 'Es obligatorio' }]),
  defaults: (ctx) => ({ date: ctx.now.toISOString() }),
  // A follow-up goes only on a task the author may see (staff: their own tasks): the engine
  // refuses a task outside their scope as one that does not exist.
  beforeWrite: (data, ctx) => {
    data.author = ctx.user.member?.documentId ?? null;
  },
  afterWrite: async (out) => {
    if (typeof out.percent === 'number' && out.task) {
      await strapi.documents('api::task.task').update({ documentId: String(out.task), data: { progress: out.percent } as never });
    }
  },
};

export function newTrackingCode(): string {
  // 10 characters from an alphabet without look-alikes (0/O, 1/I): easy to read on the phone.
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(crypto.randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

export const requests: ResourceDef = {
  name: 'requests',
  uid: 'api::request.request',
  searchable: ['subject', 'description', 'requesterName', 'requesterOrganization', 'trackingCode'],
  searchIndex: true,
  // The transition action writes these; the status is a workflow field (a plain edit that changes it is refused).
  readOnly: ['answeredAt', 'trackingCode', 'activity', 'delegatedTo'],
  workflow: requestWorkflow,
  usesRules: true,
  virtualFilters: {
    overdue: (value, _op, ctx) => {
      const { today } = ctx;
      const overdue = { status: { $in: ['received', 'in_review'] }, answeredAt: { $null: true }, answerDueDate: { $lt: today } };
      return value === true || value === 'true' ? overdue : { $not: overdue };
    },
  },
  validate: (m) =>
    m.requester || m.requesterName ? [] : [{ path: 'requesterName', code: 'required', params: { variant: 'requester' }, message: 'Indique quién solicita (un actor o un nombre)' }],
  defaults: (ctx) => ({ receivedAt: ctx.now.toISOString() }),
  beforeWrite: (data, ctx) => {
    if (ctx.existing) return;
    data.answerDueDate ??= answerDueDate(localDate(new Date(String(data.receivedAt)), ctx.rules.timeZone), ctx.rules.requestAnswerDays);
    data.trackingCode = newTrackingCode();
    data.status = 'received';
  },
  decorate: (rows, ctx) => {
    for (const r of rows) r.overdue = isRequestOverdue({ status: r.status as RequestStatus, answerDueDate: (r.answerDueDate as string) ?? null, answeredAt: r.answeredAt as string }, ctx.now, ctx.rules.timeZone, ctx.today);
  },
  afterWrite: async (out, ctx) => {
    if (!ctx.existing) await notifyRequestReceived(strapi, out as never);
  },
};
