import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTOR_KINDS, type PublicActorField } from '@sigobito/config/contracts';
import { findActivities, publicWhere, toPublic } from '../../modules/agenda/public-agenda';
import { publicGoals } from '../../modules/goals/public-goals';
import { latestNews } from './news';

/** How many of its latest news an actor's page shows. */
const NEWS_SHOWN = 5;
/** An actor's page shows its public activities of the last year and those to come. */
const ACTIVITY_DAYS_BACK = 365;
const ACTIVITIES_SHOWN = 200;

type Named = { documentId: string; code: string; name: string };
const n = (x: Named) => ({ id: x.documentId, code: x.code, name: x.name });
const named = { select: ['documentId', 'code', 'name'] };

// The public API composes modules: what an institution or a group does with the municipality, in public.
/** `GET /api/public/actors/:code`: an institution's or a group's public page; null for a person or an unknown code. */
export async function publicActor(strapi: Core.Strapi, code: string, now = new Date()) {
  const actor = (await strapi.db.query('api::actor.actor').findOne({
    select: ['documentId', 'code', 'name', 'kind', 'organization'],
    where: { code, kind: { $in: [...PUBLIC_ACTOR_KINDS] } },
    populate: { themes: named, places: named },
  })) as (Named & { kind: string; organization: string | null; themes: Named[]; places: Named[] }) | null;
  if (!actor) return null;
  const since = new Date(now.getTime() - ACTIVITY_DAYS_BACK * 86_400_000).toISOString();
  const [goals, activities, news] = await Promise.all([
    publicGoals(strapi, { actor: code }, now),
    findActivities(strapi, { ...publicWhere, actors: { code }, start: { $gt: since } }, ACTIVITIES_SHOWN),
    latestNews(strapi, { actor: code }, NEWS_SHOWN, now),
  ]);
  const shown = { id: actor.documentId, code: actor.code, name: actor.name, kind: actor.kind, organization: actor.organization ?? null, themes: actor.themes.map(n), places: actor.places.map(n) };
  return {
    actor: shown satisfies Record<PublicActorField, unknown>,
    activities: activities.map(toPublic),
    goals,
    news,
  };
}

/** The institutions and groups (with a public page) an activity or a goal names: never a person. */
export async function publicActorsOf(strapi: Core.Strapi, uid: 'api::activity.activity' | 'api::goal.goal', documentId: string) {
  const row = (await strapi.db.query(uid).findOne({
    select: ['id'],
    where: { documentId },
    populate: { actors: { select: ['code', 'name'], where: { kind: { $in: [...PUBLIC_ACTOR_KINDS] }, code: { $notNull: true } }, orderBy: { name: 'asc' } } },
  })) as { actors: Array<{ code: string; name: string }> } | null;
  return (row?.actors ?? []).map((a) => ({ code: a.code, name: a.name }));
}
