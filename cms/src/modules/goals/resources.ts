import type { Role } from '@sigobito/config';
import { ARO_MANAGER_FIELDS, type AroStatus, GOAL_MANAGER_FIELDS, aroStatusStamps, type HealthMilestone, milestoneLate, raiserOnlyChanges, reasonsFor, UNFOLLOWED_GOAL_STATUSES } from '@sigobito/config/contracts';
import { goalScope, healthOf } from './query';
import { aroWorkflow } from './workflow';
import { notifyNewRestriction } from './notifications';
import { BadRequest } from '../../backoffice/errors';
import { targetScope } from '../../backoffice/registry';
import type { BackofficeUser, DocumentRecord, Filters, ResourceDef } from '../../backoffice/types';

/** Internal notes are for the goal team: not for who reads only public goals (press). */
const goalTeamOnly = (user: BackofficeUser) => (goalScope(user) ? ['internalNotes'] : []);
const childScope = (user: BackofficeUser): Filters | undefined => {
  const scope = goalScope(user);
  return scope ? { goal: scope } : undefined;
};

const me = (user: BackofficeUser) => user.member?.documentId ?? '-';
const isManagerRole = (user: BackofficeUser) => user.role === ('goal-manager' as Role);

/** A goal manager writes only under the goals they manage. */
async function assertManages(user: BackofficeUser, goalId: unknown) {
  if (!isManagerRole(user)) return;
  const ok = typeof goalId === 'string' && (await strapi.db.query('api::goal.goal').count({ where: { documentId: goalId, manager: { documentId: me(user) } } }));
  if (!ok) throw new BadRequest([{ path: 'goal', code: 'not_manager', message: 'Solo puede registrar en las metas que gerencia' }]);
}

const goalOf = (record: DocumentRecord | undefined) => (record?.goal as { documentId?: string; manager?: { documentId?: string } | null } | null | undefined) ?? null;
const idOf = (value: unknown) => (value as { documentId?: string } | null | undefined)?.documentId ?? null;

/** A report's or ARO's milestone is one of its goal's, also when only the goal changes. */
async function assertMilestoneOfGoal(data: Record<string, unknown>, existing: DocumentRecord | undefined) {
  const milestone = data.milestone !== undefined ? data.milestone : idOf(existing?.milestone);
  if (typeof milestone !== 'string' || !milestone) return;
  const goal = data.goal !== undefined ? data.goal : goalOf(existing)?.documentId;
  const ok = typeof goal === 'string' && (await strapi.db.query('api::milestone.milestone').count({ where: { documentId: milestone, goal: { documentId: goal } } }));
  if (!ok) throw new BadRequest([{ path: 'milestone', code: 'other_goal', message: 'El hito no pertenece a esta meta' }]);
}
const managesRecord = (user: BackofficeUser, record: DocumentRecord | undefined) => !isManagerRole(user) || goalOf(record)?.manager?.documentId === me(user);

export const goals: ResourceDef = {
  name: 'goals',
  uid: 'api::goal.goal',
  searchable: ['title', 'code', 'description'],
  readScope: goalScope,
  readHidden: goalTeamOnly,
  usesRules: true,
  canWrite: (user, action, record) => !isManagerRole(user) || (action === 'update' && (record?.manager as { documentId?: string } | null)?.documentId === me(user)),
  writableFields: (user) => (isManagerRole(user) ? GOAL_MANAGER_FIELDS : undefined),
  virtualFilters: {
    mine: (value, _op, ctx) => (value === true || value === 'true' ? { manager: { documentId: { $eq: me(ctx.user) } } } : {}),
    /** Health is computed, not stored: find the goals (few) in that state first. Like the dashboard, only goals in follow-up. */
    health: async (value, _op, ctx) => {
      const wanted = Array.isArray(value) ? value.map(String) : [String(value)];
      const where = { ...(goalScope(ctx.user) ?? {}), status: { $notIn: [...UNFOLLOWED_GOAL_STATUSES] } };
      const all = (await strapi.db.query('api::goal.goal').findMany({ select: ['documentId'], where })) as Array<{ documentId: string }>;
      const health = await healthOf(all.map((g) => g.documentId), ctx);
      const ids = all.map((g) => g.documentId).filter((id) => wanted.includes(health.get(id)!.status));
      return { documentId: { $in: ids.length ? ids : ['-'] } };
    },
  },
  decorate: async (rows, ctx) => {
    const health = await healthOf(rows.map((r) => String(r.id)), ctx);
    for (const r of rows) {
      const h = health.get(String(r.id))!;
      r.health = h.status;
      r.plannedPercent = h.plannedPercent;
      r.actualPercent = h.actualPercent;
      // Press may not read ARO: its reasons leave their titles out, as the public ones do.
      const reasons = reasonsFor(h.reasons, ctx.user.role === 'press' ? 'public' : 'team');
      r.healthReasons = reasons.map((x) => x.text);
      // The same reasons coded, for the back office to say them in the user's language.
      r.healthReasonDetails = reasons;
    }
  },
};

export const milestones: ResourceDef = {
  name: 'milestones',
  uid: 'api::milestone.milestone',
  searchable: ['title', 'description'],
  readOnly: ['completedAt'],
  readScope: childScope,
  usesRules: true,
  populate: { goal: { fields: ['documentId'], populate: { manager: { fields: ['documentId'] } } } },
  // A create is checked against the goal it names, in beforeWrite.
  canWrite: (user, action, record) => action === 'create' || managesRecord(user, record),
  validate: (m) => (m.goal ? [] : [{ path: 'goal', code: 'required', message: 'Es obligatorio' }]),
  virtualFilters: {
    late: (value, _op, ctx) => {
      const { today } = ctx;
      const late = { status: { $ne: 'done' }, dueDate: { $lt: today } };
      return value === true || value === 'true' ? late : { $not: late };
    },
    mine: (value, _op, ctx) => (value === true || value === 'true' ? { goal: { manager: { documentId: { $eq: me(ctx.user) } } } } : {}),
  },
  beforeWrite: async (data, ctx) => {
    if (data.goal !== undefined || !ctx.existing) await assertManages(ctx.user, data.goal ?? goalOf(ctx.existing)?.documentId);
    const wasDone = ctx.existing?.status === 'done';
    if (data.status === 'done' && !wasDone) data.completedAt = ctx.now.toISOString();
    if (data.status && data.status !== 'done') data.completedAt = null;
  },
  decorate: (rows, ctx) => {
    const { today } = ctx;
    for (const r of rows) {
      const daysLate = milestoneLate({ dueDate: String(r.dueDate), status: r.status as HealthMilestone['status'] }, today);
      r.late = daysLate > 0;
      r.daysLate = daysLate;
    }
  },
};

export const progressReports: ResourceDef = {
  name: 'progress-reports',
  uid: 'api::progress-report.progress-report',
  searchable: ['narrative'],
  readOnly: ['author'],
  readScope: childScope,
  populate: { goal: { fields: ['documentId'], populate: { manager: { fields: ['documentId'] } } } },
  // A create is checked against the goal it names, in beforeWrite.
  canWrite: (user, action, record) => action === 'create' || managesRecord(user, record),
  validate: (m) => (m.goal ? [] : [{ path: 'goal', code: 'required', message: 'Es obligatorio' }]),
  defaults: (ctx) => ({ date: ctx.now.toISOString() }),
  beforeWrite: async (data, ctx) => {
    if (data.goal !== undefined || !ctx.existing) await assertManages(ctx.user, data.goal ?? goalOf(ctx.existing)?.documentId);
    await assertMilestoneOfGoal(data, ctx.existing);
    if (!ctx.existing) data.author = ctx.user.member?.documentId ?? null;
  },
  afterWrite: async (out) => {
    // The latest reported indicator value is the goal's current value.
    if (out.indicatorValue !== null && out.indicatorValue !== undefined && out.goal) {
      await strapi.documents('api::goal.goal').update({ documentId: String(out.goal), data: { indicatorCurrent: out.indicatorValue } as never });
    }
  },
};

export const aros: ResourceDef = {
  name: 'aros',
  uid: 'api::aro.aro',
  searchable: ['title', 'description', 'treatmentNotes'],
  readOnly: ['raisedBy', 'treatmentStartedAt', 'resolvedAt'],
  workflow: aroWorkflow,
  readScope: childScope,
  populate: { goal: { fields: ['documentId'], populate: { manager: { fields: ['documentId'] } } } },
  // A create is checked against the goal it names, in beforeWrite.
  canWrite: (user, action, record) => action === 'create' || managesRecord(user, record),
  writableFields: (user) => (isManagerRole(user) ? ARO_MANAGER_FIELDS : undefined),
  validate: (m) => (m.goal ? [] : [{ path: 'goal', code: 'required', message: 'Es obligatorio' }]),
  beforeWrite: async (data, ctx) => {
    const { existing } = ctx;
    if (data.goal !== undefined || !existing) await assertManages(ctx.user, data.goal ?? goalOf(existing)?.documentId);
    await assertMilestoneOfGoal(data, existing);
    if (!existing) {
      data.raisedBy = ctx.user.member?.documentId ?? null;
      if (isManagerRole(ctx.user)) data.status = 'open';
    }
    if (existing && isManagerRole(ctx.user)) {
      const locked = raiserOnlyChanges(data, existing, idOf(existing.raisedBy) === me(ctx.user));
      if (locked.length) throw new BadRequest(locked.map((path) => ({ path, code: 'forbidden_field', params: { variant: 'aro_author' }, message: 'Solo quien registró la ARO puede cambiar este campo' })));
    }
    const before = existing ? { status: existing.status as AroStatus, treatmentNotes: existing.treatmentNotes as string | null } : undefined;
    const status = (data.status ?? before?.status ?? 'open') as AroStatus;
    Object.assign(data, aroStatusStamps(before?.status, status, ctx.now));
  },
  afterWrite: async (out, ctx) => {
    if (out.kind === 'restriction' && (!ctx.existing || ctx.existing.kind !== 'restriction')) await notifyNewRestriction(strapi, out as never);
  },
  /** The tasks an escalation created, both sides of one relation: those the user may read. */
  decorate: async (rows, ctx) => {
    const ids = rows.map((r) => String(r.id));
    const where = { aro: { documentId: { $in: ids } }, ...(targetScope('api::task.task', ctx.user) ?? {}) };
    const tasks = ids.length
      ? ((await strapi.db.query('api::task.task').findMany({ select: ['documentId'], where, populate: { aro: { select: ['documentId'] } } })) as Array<{
          documentId: string;
          aro: { documentId: string };
        }>)
      : [];
    for (const r of rows) r.tasks = tasks.filter((t) => t.aro?.documentId === r.id).map((t) => t.documentId);
  },
};
