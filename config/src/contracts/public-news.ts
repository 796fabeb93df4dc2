import type { NamedRef } from './api';

/**
 * The public news API's answers (`GET /api/public/news`, `GET /api/public/news/:slug`): what
 * the CMS gives citizens of a communication's web piece, and what the public site reads.
 */

/** An image of a news item, served at `/noticias/<slug>/imagenes/<n>` (n from 1, in the piece's order). */
export type NewsImage = { n: number; alt: string; width: number | null; height: number | null; mime: string };

/** A dated correction note ("Corrección del <fecha>: <nota>"), oldest first. */
export type NewsCorrection = { at: string; note: string };

/** A public goal as a news item names it (its page is `/metas/<id>`). */
export type NewsGoalRef = { id: string; code: string; title: string };

/** What the news tells about, linked only when that is public itself. */
export type NewsOrigin =
  | { kind: 'goal'; goal: NewsGoalRef }
  | { kind: 'milestone'; milestone: { title: string }; goal: NewsGoalRef }
  | { kind: 'activity'; activity: { id: string; title: string; start: string } };

/** A news item in a list (and a feed): never a withdrawn one. */
export type PublicNewsSummary = {
  slug: string;
  /** The canonical address on the public site (PUBLIC_SITE_URL). */
  url: string;
  title: string;
  /** The summary, or the start of the body's text when it has none. */
  description: string;
  /** When it was published (ISO instant). */
  postedAt: string;
  /** The last correction's date, if any (ISO instant). */
  updatedAt: string | null;
  themes: NamedRef[];
  places: NamedRef[];
  /** The first image, the cover. */
  cover: NewsImage | null;
};

/**
 * One news item. A withdrawn one keeps its address, title and date, and says when and why it
 * was withdrawn: its summary, body and images are gone (null, null, []).
 */
export type PublicNewsDetail = Omit<PublicNewsSummary, 'description' | 'cover'> & {
  description: string | null;
  summary: string | null;
  /** Sanitised HTML (the news allow-list), sanitised again on the way out. */
  body: string | null;
  images: NewsImage[];
  origin: NewsOrigin | null;
  corrections: NewsCorrection[];
  withdrawn: { at: string; reason: string } | null;
};

export type PublicNewsPage = {
  data: PublicNewsSummary[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    /** The filters, as the CMS understood them: null when not asked for or unknown. */
    theme: NamedRef | null;
    place: NamedRef | null;
    goal: NewsGoalRef | null;
  };
};

/** Page sizes of the public news list: the default, and the most one page holds. */
export const NEWS_PAGE_SIZE = 10;
export const NEWS_PAGE_SIZE_MAX = 50;
