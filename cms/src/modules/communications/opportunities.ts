import type { Core } from '@strapi/strapi';
import { isOwnKey, localDate, opportunityKey, type CommunicationStatus } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { inTransaction } from '../../backoffice/transaction';
import { isDuplicate } from '../../outbox/outbox';
import { membersWithRole, toMember } from '../../notifications/to-member';
import { backofficeUrl } from '../../notifications/links';

/*
 * Opportunities: marking a milestone of a public goal done, or a public activity done, proposes
 * one communication action (identified, its origin linked, the themes, places and actors of what
 * it tells copied) and tells press by e-mail.
 *
 * Where: a Document Service middleware (registered by this module's bootstrap), because every
 * path that completes a milestone or an activity goes through the Document Service (the
 * back-office PUT, imports, actions, scripts, Strapi's admin), and a middleware runs inside the
 * write's own transaction without the kernel or the goals and agenda modules knowing this module.
 * A resource `afterWrite` hook would see only the back-office PUT, and a Strapi lifecycle hook
 * (`afterUpdate`) sees database rows, not documents, and runs for every internal update.
 *
 * Once: the communication's `opportunityKey` (unique) names the milestone or activity. A retry,
 * an edit, done → in progress → done again, or two writes racing each find the key taken (or
 * meet the unique index) and propose nothing more; the write that completed stays committed.
 */

const MILESTONE_UID = 'api::milestone.milestone';
const ACTIVITY_UID = 'api::activity.activity';
const COMMUNICATION_UID = 'api::communication.communication';

const TITLE_MAX = 200;

type Ref = { documentId: string };

export type MilestoneSource = {
  documentId: string;
  title: string;
  status: string;
  goal: (Ref & { code: string; title: string; isPublic: boolean | null; themes?: Ref[] | null; places?: Ref[] | null; actors?: Ref[] | null }) | null;
};

export type ActivitySource = {
  documentId: string;
  title: string;
  status: string;
  visibility: string;
  start: string | Date;
  themes?: Ref[] | null;
  places?: Ref[] | null;
  place?: Ref | null;
  actors?: Ref[] | null;
};

/** What an opportunity creates: a communication action as press first sees it. */
export type Opportunity = {
  opportunityKey: string;
  title: string;
  origin: 'milestone' | 'activity';
  status: CommunicationStatus;
  milestone: string | null;
  goal: string | null;
  activity: string | null;
  themes: string[];
  places: string[];
  actors: string[];
};

const ids = (refs: ReadonlyArray<Ref | null | undefined> | null | undefined): string[] => [...new Set((refs ?? []).filter((r): r is Ref => !!r?.documentId).map((r) => r.documentId))];
const titled = (prefix: string, title: string) => [...`${prefix}${title.trim()}`].slice(0, TITLE_MAX).join('');

/** Pure: whether a write completed the record (done now, and not before). */
export const completes = (before: string | null | undefined, after: string | null | undefined): boolean => after === 'done' && before !== 'done';

/** Pure: the communication a done milestone of a public goal proposes; null for any other milestone. */
export function milestoneOpportunity(m: MilestoneSource): Opportunity | null {
  if (m.status !== 'done' || !m.goal || m.goal.isPublic !== true) return null;
  return {
    opportunityKey: opportunityKey('milestone', m.documentId),
    title: titled('Hito cumplido: ', m.title),
    origin: 'milestone',
    status: 'identified',
    milestone: m.documentId,
    goal: m.goal.documentId,
    activity: null,
    themes: ids(m.goal.themes),
    places: ids(m.goal.places),
    actors: ids(m.goal.actors),
  };
}

/** Pure: the communication a public activity held (done) proposes; null for a private one or one not done. */
export function activityOpportunity(a: ActivitySource): Opportunity | null {
  if (a.status !== 'done' || a.visibility !== 'public') return null;
  return {
    opportunityKey: opportunityKey('activity', a.documentId),
    title: titled('Actividad realizada: ', a.title),
    origin: 'activity',
    status: 'identified',
    milestone: null,
    goal: null,
    activity: a.documentId,
    themes: ids(a.themes),
    // The activity's main place first, then the others it concerns.
    places: ids([a.place, ...(a.places ?? [])]),
    actors: ids(a.actors),
  };
}

/** Pure: the e-mail press gets about a new opportunity. */
export function opportunityMessage(
  source: { kind: 'milestone'; milestone: MilestoneSource } | { kind: 'activity'; activity: ActivitySource },
  proposal: { title: string; link: string },
  timeZone: string,
): { subject: string; body: string } {
  const what =
    source.kind === 'milestone'
      ? `Se cumplió el hito «${source.milestone.title}» de la meta pública ${source.milestone.goal?.code ?? ''} — ${source.milestone.goal?.title ?? ''}.`
      : `Se realizó la actividad pública «${source.activity.title}» del ${localDate(new Date(source.activity.start), timeZone)}.`;
  return {
    subject: `Oportunidad de comunicación: ${proposal.title}`,
    body: `${what}\n\nSe propuso la acción comunicacional «${proposal.title}» (identificada). Prepárela o descártela: ${proposal.link}`,
  };
}

const REFS = { select: ['documentId'] };

async function loadMilestone(strapi: Core.Strapi, documentId: string): Promise<MilestoneSource | null> {
  return (await strapi.db.query(MILESTONE_UID).findOne({
    where: { documentId },
    select: ['documentId', 'title', 'status'],
    populate: { goal: { select: ['documentId', 'code', 'title', 'isPublic'], populate: { themes: REFS, places: REFS, actors: REFS } } },
  })) as MilestoneSource | null;
}

async function loadActivity(strapi: Core.Strapi, documentId: string): Promise<ActivitySource | null> {
  return (await strapi.db.query(ACTIVITY_UID).findOne({
    where: { documentId },
    select: ['documentId', 'title', 'status', 'visibility', 'start'],
    populate: { themes: REFS, places: REFS, place: REFS, actors: REFS },
  })) as ActivitySource | null;
}

/** A second insert of the same key: the unique index (a race), or Strapi's own unique check. */
const isTakenKey = (e: unknown) => {
  const err = e as { name?: string; message?: string; details?: unknown } | null;
  return isDuplicate(e) || (err?.name === 'ValidationError' && /must be unique/i.test(`${err.message ?? ''} ${JSON.stringify(err.details ?? '')}`));
};

/**
 * Proposes the communication a completed milestone or activity calls for, once, and tells press.
 * Runs in the caller's transaction. Returns the new communication's documentId, or null (not an
 * opportunity, or already proposed).
 */
export async function proposeOpportunity(strapi: Core.Strapi, kind: 'milestone' | 'activity', documentId: string): Promise<string | null> {
  const source =
    kind === 'milestone'
      ? await loadMilestone(strapi, documentId).then((milestone) => (milestone ? { kind, milestone, proposal: milestoneOpportunity(milestone) } : null))
      : await loadActivity(strapi, documentId).then((activity) => (activity ? { kind, activity, proposal: activityOpportunity(activity) } : null));
  const proposal = source?.proposal;
  if (!source || !proposal) return null;
  if (await strapi.db.query(COMMUNICATION_UID).findOne({ where: { opportunityKey: proposal.opportunityKey }, select: ['id'] })) return null;
  let created: { documentId: string };
  try {
    created = (await strapi.documents(COMMUNICATION_UID as never).create({ data: proposal } as never)) as unknown as { documentId: string };
  } catch (e) {
    // Another write proposed it between our look and our insert: the key decides, the write goes on.
    if (isTakenKey(e)) return null;
    throw e;
  }
  const { timeZone } = await loadRules(strapi);
  const { subject, body } = opportunityMessage(source as Parameters<typeof opportunityMessage>[0], { title: proposal.title, link: backofficeUrl(`communications/${created.documentId}/show`) }, timeZone);
  for (const member of await membersWithRole(strapi, 'press')) {
    await toMember(strapi, member, 'communicationOpportunity', `${proposal.opportunityKey}:${member}`, subject, body);
  }
  return created.documentId;
}

const WATCHED = { [MILESTONE_UID]: 'milestone', [ACTIVITY_UID]: 'activity' } as const;

/**
 * The middleware: an update that sets a milestone's or an activity's status to done, when it was
 * not done, proposes its opportunity in the same transaction as the write. A record created
 * already done (a past event typed in, the demo's history) is a record, not news press hears of.
 */
export function registerOpportunities(strapi: Core.Strapi) {
  type Middleware = Parameters<typeof strapi.documents.use>[0];
  const middleware = async (context: Parameters<Middleware>[0], next: () => Promise<unknown>) => {
    const uid = context.uid as string;
    const params = context.params as { documentId?: string; data?: Record<string, unknown> } | undefined;
    if (context.action !== 'update' || !isOwnKey(WATCHED, uid) || !params?.documentId || params.data?.status !== 'done') return next();
    const documentId = params.documentId;
    return inTransaction(strapi, async () => {
      const before = (await strapi.db.query(uid as never).findOne({ where: { documentId }, select: ['status'] })) as { status?: string } | null;
      const result = await next();
      if (before && completes(before.status, 'done')) await proposeOpportunity(strapi, WATCHED[uid], documentId);
      return result;
    });
  };
  strapi.documents.use(middleware as unknown as Middleware);
}
