import type { Core } from '@strapi/strapi';
import { activitiesUnder, findActivities, publicWhere, toPublic } from '../../modules/agenda/public-agenda';
import { publicGoals } from '../../modules/goals/public-goals';
import { latestNews } from './news';

/** How many of its latest news a theme or place page shows. */
const NEWS_SHOWN = 5;

type Named = { documentId: string; code: string; name: string };

// The public API composes modules: what one place or theme gathers from the agenda and the goals.
/** "Proximidad": everything public the government does on one theme or in one place, and its latest news. */
export async function proximity(strapi: Core.Strapi, kind: 'theme' | 'place', code: string, now = new Date()) {
  const uid = kind === 'theme' ? 'api::theme.theme' : 'api::place.place';
  const subject = (await strapi.db.query(uid as never).findOne({ where: { code }, select: ['documentId', 'code', 'name', 'description'].filter((f) => kind === 'theme' || f !== 'description') })) as
    | (Named & { description?: string })
    | null;
  if (!subject) return null;
  const goals = await publicGoals(strapi, kind === 'theme' ? { theme: code } : { place: code }, now);
  // What lies beneath counts too: a district gathers its corregimientos', an axis its themes'.
  const activities = await findActivities(strapi, { $and: [publicWhere, { start: { $gt: new Date(now.getTime() - 180 * 86_400_000).toISOString() } }, ...(await activitiesUnder(strapi, { [kind]: code }))] }, 200);
  const news = await latestNews(strapi, { [kind]: code }, NEWS_SHOWN, now);
  return { [kind]: { id: subject.documentId, code: subject.code, name: subject.name, description: subject.description ?? null }, goals, activities: activities.map(toPublic), news };
}
