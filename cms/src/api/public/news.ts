import type { Core } from '@strapi/strapi';
import {
  htmlToText,
  PUBLISHED_COMMUNICATION_STATUSES,
  type NamedRef,
  type NewsGoalRef,
  type NewsOrigin,
  type PublicNewsDetail,
  type PublicNewsPage,
  type PublicNewsSummary,
} from '@sigobito/config/contracts';
import { publicActivity } from '../../modules/agenda/public-agenda';
import { publicGoalWhere } from '../../modules/goals/public-goals';
import { publicUrl } from '../../notifications/links';
import { linkedUnder } from '../../backoffice/tree';
import { sanitizeNewsHtml } from '../../domain/communications/news-html';
import {
  lastUpdated,
  newsDescription,
  newsStanding,
  publicCorrections,
  publicImage,
  shownImages,
  type NewsQuery,
  type ShownImage,
  type StoredImage,
} from '../../domain/communications/public-news';

// The public API composes modules: a news item is Comunicación's web piece, its origin a goal's
// (public goals only) or the agenda's (public activities only).

const COMMUNICATION = 'api::communication.communication';
const PIECE = 'api::piece.piece';
const named = { select: ['documentId', 'name', 'code'] };
type Named = { documentId: string; name: string; code: string };
const n = (x: Named): NamedRef => ({ id: x.documentId, name: x.name, code: x.code });

type CommunicationRow = {
  id: number;
  documentId: string;
  slug: string;
  status: string;
  origin: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  corrections: unknown;
  themes: Named[];
  places: Named[];
};
type PieceRow = {
  id: number;
  channel: string;
  status: string;
  title: string | null;
  summary: string | null;
  body: string | null;
  postedAt: string;
  imageAlts: unknown;
  images: StoredImage[] | null;
  communication: CommunicationRow | null;
};

const COMMUNICATION_FIELDS = ['id', 'documentId', 'slug', 'status', 'origin', 'withdrawnAt', 'withdrawalReason', 'corrections'];
const PIECE_FIELDS = ['id', 'channel', 'status', 'title', 'summary', 'body', 'postedAt', 'imageAlts'];
const IMAGE_FIELDS = ['id', 'url', 'mime', 'width', 'height'];

/**
 * The web pieces that are news now (isPublicNews, asked of the database): published, due, of a
 * published or archived communication that has its address, and meets `conditions` (a theme,
 * not withdrawn). Each condition is its own clause: Strapi refuses `$or` beside plain keys.
 */
const newsPieceWhere = (now: Date, ...conditions: Array<Record<string, unknown>>) => ({
  channel: 'web',
  status: 'published',
  postedAt: { $lte: now.toISOString() },
  communication: { $and: [{ status: { $in: [...PUBLISHED_COMMUNICATION_STATUSES] }, slug: { $notNull: true } }, ...conditions] },
});

const iso = (v: string | Date) => new Date(v).toISOString();
const newsUrl = (slug: string) => publicUrl(`noticias/${slug}`);

/** A public goal's reference, or null when the goal is not public. */
async function publicGoalRef(strapi: Core.Strapi, where: Record<string, unknown>): Promise<NewsGoalRef | null> {
  const goal = (await strapi.db.query('api::goal.goal').findOne({ select: ['documentId', 'code', 'title'], where: { ...where, ...publicGoalWhere } })) as {
    documentId: string;
    code: string;
    title: string;
  } | null;
  return goal ? { id: goal.documentId, code: goal.code, title: goal.title } : null;
}

function summaryOf(piece: PieceRow, communication: CommunicationRow, images: ShownImage[]): PublicNewsSummary {
  const corrections = publicCorrections(communication.corrections);
  return {
    slug: communication.slug,
    url: newsUrl(communication.slug),
    title: piece.title ?? '',
    description: newsDescription(piece.summary, piece.body),
    postedAt: iso(piece.postedAt),
    updatedAt: lastUpdated(corrections),
    themes: (communication.themes ?? []).map(n),
    places: (communication.places ?? []).map(n),
    cover: images[0] ? publicImage(images[0]) : null,
  };
}

/**
 * The news of the list, the feeds and open data, newest first: never a withdrawn one. One item
 * per communication (its newest web piece). The candidates are read lightly, then one page in full.
 */
async function listedPieces(strapi: Core.Strapi, conditions: Array<Record<string, unknown>>, now: Date, page?: { page: number; pageSize: number }) {
  const candidates = (await strapi.db.query(PIECE).findMany({
    select: ['id', 'postedAt'],
    where: newsPieceWhere(now, { withdrawnAt: { $null: true } }, ...conditions),
    populate: { communication: { select: ['id'] } },
    orderBy: [{ postedAt: 'desc' }, { id: 'desc' }],
  })) as Array<{ id: number; communication: { id: number } | null }>;
  const seen = new Set<number>();
  const unique = candidates.filter((p) => p.communication && !seen.has(p.communication.id) && seen.add(p.communication.id));
  const chosen = page ? unique.slice((page.page - 1) * page.pageSize, page.page * page.pageSize) : unique;
  const rows = chosen.length
    ? ((await strapi.db.query(PIECE).findMany({
        select: PIECE_FIELDS,
        where: { id: { $in: chosen.map((p) => p.id) } },
        populate: { images: { select: IMAGE_FIELDS }, communication: { select: COMMUNICATION_FIELDS, populate: { themes: named, places: named } } },
      })) as PieceRow[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The shared rule has the last word on every row the query found.
  const pieces = chosen.map((c) => byId.get(c.id)).filter((p): p is PieceRow & { communication: CommunicationRow } => !!p?.communication && newsStanding(p.communication, p, now) === 'public');
  return { total: unique.length, pieces };
}

/** The filter of a goal: news told of the goal itself or of one of its milestones. */
const ofGoal = (documentId: string) => ({ $or: [{ goal: { documentId } }, { milestone: { goal: { documentId } } }] });

async function namedByCode(strapi: Core.Strapi, uid: 'api::theme.theme' | 'api::place.place', code: string | undefined): Promise<NamedRef | null> {
  if (!code) return null;
  const row = (await strapi.db.query(uid).findOne({ select: ['documentId', 'name', 'code'], where: { code } })) as Named | null;
  return row ? n(row) : null;
}

/** GET /api/public/news: one page of the news, newest first, of a theme, a place or a public goal. */
export async function newsPage(strapi: Core.Strapi, query: NewsQuery, now = new Date()): Promise<PublicNewsPage> {
  const [theme, place, goal] = await Promise.all([
    namedByCode(strapi, 'api::theme.theme', query.theme),
    namedByCode(strapi, 'api::place.place', query.place),
    query.goal ? publicGoalRef(strapi, { documentId: query.goal }) : null,
  ]);
  const pagination = (total: number) => ({ page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total });
  // A filter that names nothing public (an unknown theme, a goal that is not public) finds no news.
  if ((query.theme && !theme) || (query.place && !place) || (query.goal && !goal)) {
    return { data: [], meta: { pagination: pagination(0), theme, place, goal } };
  }
  const conditions: Array<Record<string, unknown>> = [];
  // A theme's news include its sub-themes'; a district's, its corregimientos' (the tree rule).
  if (theme) conditions.push(await linkedUnder(strapi, 'api::theme.theme', 'themes', theme.code));
  if (place) conditions.push(await linkedUnder(strapi, 'api::place.place', 'places', place.code));
  if (goal) conditions.push(ofGoal(goal.id));
  if (query.actor) conditions.push({ actors: { code: query.actor } });
  const { total, pieces } = await listedPieces(strapi, conditions, now, query);
  return {
    data: pieces.map((p) => summaryOf(p, p.communication, shownImages(p.images, p.imageAlts))),
    meta: { pagination: pagination(total), theme, place, goal },
  };
}

/** The latest news of a theme, a place or a public actor (its page on the site). */
export async function latestNews(strapi: Core.Strapi, filter: { theme?: string; place?: string; actor?: string }, limit: number, now = new Date()): Promise<PublicNewsSummary[]> {
  return (await newsPage(strapi, { page: 1, pageSize: limit, ...filter }, now)).data;
}

/** Whom a communication tells about, when that is public: the public goal, the milestone of one, the public activity. */
async function originOf(strapi: Core.Strapi, communicationId: number): Promise<NewsOrigin | null> {
  const row = (await strapi.db.query(COMMUNICATION).findOne({
    select: ['origin'],
    where: { id: communicationId },
    populate: { goal: { select: ['id'] }, milestone: { select: ['title'], populate: { goal: { select: ['id'] } } }, activity: { select: ['documentId'] } },
  })) as { origin: string; goal: { id: number } | null; milestone: { title: string; goal: { id: number } | null } | null; activity: { documentId: string } | null } | null;
  if (!row) return null;
  if (row.origin === 'milestone' && row.milestone?.goal) {
    const goal = await publicGoalRef(strapi, { id: row.milestone.goal.id });
    return goal ? { kind: 'milestone', milestone: { title: row.milestone.title }, goal } : null;
  }
  if (row.origin === 'goal' && row.goal) {
    const goal = await publicGoalRef(strapi, { id: row.goal.id });
    return goal ? { kind: 'goal', goal } : null;
  }
  if (row.origin === 'activity' && row.activity) {
    const activity = await publicActivity(strapi, row.activity.documentId);
    return activity ? { kind: 'activity', activity: { id: activity.id, title: activity.title, start: activity.start } } : null;
  }
  return null;
}

/** A communication's news piece with its standing, by the news address: null when it is not (or was never) news. */
async function newsBySlug(strapi: Core.Strapi, slug: string, now: Date) {
  const communication = (await strapi.db.query(COMMUNICATION).findOne({
    select: COMMUNICATION_FIELDS,
    where: { slug, status: { $in: [...PUBLISHED_COMMUNICATION_STATUSES] } },
    populate: { themes: named, places: named },
  })) as CommunicationRow | null;
  if (!communication) return null;
  const [piece] = (await strapi.db.query(PIECE).findMany({
    select: PIECE_FIELDS,
    where: newsPieceWhere(now, { id: communication.id }),
    populate: { images: { select: IMAGE_FIELDS } },
    orderBy: [{ postedAt: 'desc' }, { id: 'desc' }],
    limit: 1,
  })) as PieceRow[];
  const standing = piece ? newsStanding(communication, piece, now) : null;
  return standing ? { communication, piece, standing } : null;
}

/** GET /api/public/news/:slug: a news item, or a withdrawn one's notice; null when there is no such news. */
export async function newsItem(strapi: Core.Strapi, slug: string, now = new Date()): Promise<PublicNewsDetail | null> {
  const found = await newsBySlug(strapi, slug, now);
  if (!found) return null;
  const { communication, piece, standing } = found;
  const withdrawn = standing === 'withdrawn';
  const images = withdrawn ? [] : shownImages(piece.images, piece.imageAlts);
  const { cover: _cover, description, ...summary } = summaryOf(piece, communication, images);
  return {
    ...summary,
    description: withdrawn ? null : description,
    summary: withdrawn ? null : piece.summary?.trim() || null,
    body: withdrawn ? null : sanitizeNewsHtml(piece.body ?? ''),
    images: images.map(publicImage),
    origin: await originOf(strapi, communication.id),
    corrections: publicCorrections(communication.corrections),
    withdrawn: withdrawn ? { at: iso(communication.withdrawnAt!), reason: communication.withdrawalReason?.trim() ?? '' } : null,
  };
}

/** The stored image `n` of a public news item (never of a withdrawn one, a draft or a social piece). */
export async function newsImageFile(strapi: Core.Strapi, slug: string, n: number, now = new Date()): Promise<ShownImage | null> {
  const found = await newsBySlug(strapi, slug, now);
  if (!found || found.standing !== 'public') return null;
  return shownImages(found.piece.images, found.piece.imageAlts).find((img) => img.n === n) ?? null;
}

/** Open data: every public news item (withdrawn ones are not), newest first, as flat rows with the body's text; `conditions` narrow it (a theme, a place). */
export async function newsOpenData(strapi: Core.Strapi, conditions: Array<Record<string, unknown>> = [], now = new Date()) {
  const { pieces } = await listedPieces(strapi, conditions, now);
  const origins = await Promise.all(pieces.map((p) => originOf(strapi, p.communication.id)));
  return pieces.map((p, i) => {
    const s = summaryOf(p, p.communication, shownImages(p.images, p.imageAlts));
    const origin = origins[i];
    return {
      slug: s.slug,
      url: s.url,
      title: s.title,
      summary: s.description,
      postedAt: s.postedAt,
      updatedAt: s.updatedAt,
      corrections: publicCorrections(p.communication.corrections).length,
      themes: s.themes.map((t) => t.code).join('|'),
      places: s.places.map((x) => x.code).join('|'),
      origin: origin?.kind ?? null,
      goalCode: origin && origin.kind !== 'activity' ? origin.goal.code : null,
      activityId: origin?.kind === 'activity' ? origin.activity.id : null,
      text: htmlToText(sanitizeNewsHtml(p.body ?? '')),
    };
  });
}
