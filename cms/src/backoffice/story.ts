import type { Core } from '@strapi/strapi';
import { can } from '@sigobito/config';
import { mergeStory, parseStoryQuery, type StoryGroup, type StoryPage, type StorySubject } from '@sigobito/config/contracts';
import { BadRequest } from './errors';
import { findReadable } from './engine';
import { resourceByName, storyProviders } from './registry';
import { loadRules } from './rules';
import { treeParentOf, withDescendantIds } from './tree';
import type { BackofficeUser, Filters, StoryProvider, StorySubjectIds } from './types';

/*
 * The story (360° view) of an actor, a theme or a place: every module's providers, each read in
 * one query (and one count) with its resource's own read scope for the caller, merged by the
 * shared rule (config/src/contracts/story.ts).
 */

type Row = Record<string, unknown> & { documentId: string };

const stamp = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return v.toISOString();
  const s = String(v);
  // A date column answers a bare day; a datetime column an instant (normalised to ISO).
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : new Date(s).toISOString();
};

async function groupOf(strapi: Core.Strapi, p: StoryProvider, subject: StorySubject, id: StorySubjectIds, user: BackofficeUser, window: number): Promise<StoryGroup | null> {
  const def = resourceByName(p.resource);
  if (!def || !can(user.role, def.name, 'read')) return null;
  const link = p.linkedTo(subject, id, user);
  if (!link) return null;
  const scope = def.readScope?.(user);
  const where: Filters = scope ? { $and: [link, scope] } : link;
  const query = strapi.db.query(def.uid as never);
  const orderBy = [{ [p.date]: 'desc' }, ...(p.fallback ? [{ [p.fallback]: 'desc' }] : []), { id: 'desc' }];
  const select = [...new Set(['documentId', p.date, ...(p.fallback ? [p.fallback] : []), ...p.fields])];
  const [rows, total] = await Promise.all([query.findMany({ select, where, orderBy, limit: window, ...(p.populate ? { populate: p.populate } : {}) }) as Promise<Row[]>, query.count({ where }) as Promise<number>]);
  return {
    kind: p.resource,
    total,
    entries: rows.map((r) => ({ kind: p.resource, id: r.documentId, date: stamp(r[p.date]) ?? stamp(p.fallback ? r[p.fallback] : null) ?? '', parent: null, ...p.entry(r) })),
  };
}

/**
 * A theme's or a place's story holds what is linked to it or to anything beneath it (a district's
 * holds its corregimientos' and neighbourhoods'), as every filter by place or theme does; an
 * actor's is its own.
 */
async function subtreeOf(strapi: Core.Strapi, uid: string, documentId: string, id: number): Promise<StorySubjectIds> {
  if (!treeParentOf(uid)) return id;
  const below = await withDescendantIds(strapi, uid, [documentId]);
  if (below.length <= 1) return id;
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['id'], where: { documentId: { $in: below } } })) as Array<{ id: number }>;
  return { $in: [...new Set([id, ...rows.map((r) => r.id)])] };
}

/** GET /api/backoffice/<actors|themes|places>/:id/story: 404 for a subject the caller may not read, 400 for a bad query. */
export async function story(strapi: Core.Strapi, user: BackofficeUser, subject: StorySubject, documentId: string, query: Record<string, unknown>): Promise<StoryPage> {
  const record = await findReadable(strapi, resourceByName(subject)!, user, documentId);
  const { value, problems } = parseStoryQuery(query);
  if (problems.length) throw new BadRequest(problems);
  const window = value.start + value.limit;
  const ids = await subtreeOf(strapi, resourceByName(subject)!.uid, documentId, record.id);
  const [rules, groups] = await Promise.all([loadRules(strapi), Promise.all(storyProviders().map((p) => groupOf(strapi, p, subject, ids, user, window)))]);
  return mergeStory(
    groups.filter((g): g is StoryGroup => !!g),
    value,
    rules.timeZone,
  );
}
