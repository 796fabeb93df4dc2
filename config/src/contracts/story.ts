import { zonedInstant } from './dates';
import type { FieldError } from './errors';
import { own } from './own';

/*
 * The 360° view ("historia") of an actor, a theme or a place: one timeline, newest first, of
 * everything the reader may see about it across modules. Each module contributes its entries
 * (already limited to what the reader may read); this rule merges them, counts them per kind and
 * cuts one page.
 */

const SUBJECTS = ['actors', 'themes', 'places'] as const;
export type StorySubject = (typeof SUBJECTS)[number];
/** The subjects that have a story (back-office resources: the catalogs the method calls "proximidad"). */
export const STORY_SUBJECTS: ReadonlySet<StorySubject> = new Set(SUBJECTS);

/** The kinds of entry, in the order chips show them and equal dates are told. */
export const STORY_KINDS = ['activities', 'requests', 'tasks', 'task-updates', 'goals', 'milestones', 'progress-reports', 'aros', 'communications'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export type StoryEntry = {
  kind: StoryKind;
  /** The record's id (documentId): the back office links to /<kind>/<id>/show. */
  id: string;
  /** An instant (ISO 8601) or a bare local day (YYYY-MM-DD) in the municipality's zone. */
  date: string;
  title: string;
  /** The record's own status code (the back office says it in the reader's language). */
  status: string | null;
  /** A second code worth showing (an activity's kind, a task's kind), or null. */
  subkind: string | null;
  /** The record whose page shows this one (a milestone's, report's or ARO's goal), or null. */
  parent: string | null;
};

/** What one module found for one kind: its newest entries (at least as many as the page reaches) and how many there are in all. */
export type StoryGroup = { kind: StoryKind; total: number; entries: StoryEntry[] };

export type StoryQuery = { kinds: StoryKind[] | null; start: number; limit: number };

export type StoryPage = {
  entries: StoryEntry[];
  /** Every kind the reader may see, with its count (0 included), whatever the kind filter. */
  counts: Partial<Record<StoryKind, number>>;
  /** How many entries the filtered timeline has. */
  total: number;
  start: number;
  limit: number;
};

export const STORY_PAGE_SIZE = 25;
export const STORY_PAGE_SIZE_MAX = 100;
/** How deep a reader may page (each module reads start + limit rows of its kind). */
export const STORY_WINDOW_MAX = 500;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant an entry sorts by: a bare day counts from its local midnight. */
export function storyInstant(date: string, timeZone: string): number {
  const t = DAY.test(date) ? zonedInstant(date, '00:00', timeZone).getTime() : Date.parse(date);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** `?kind=requests,tasks&start=0&limit=25`: the kinds to show (none: all), and the page. */
export function parseStoryQuery(query: Record<string, unknown>): { value: StoryQuery; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const int = (name: 'start' | 'limit', fallback: number, min: number, max: number) => {
    const v = own(query, name);
    if (v === undefined || v === '') return fallback;
    if (typeof v !== 'string' || !/^\d{1,4}$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push({ path: name, code: 'out_of_range', params: { min, max }, message: `Un número entero entre ${min} y ${max}` });
      return fallback;
    }
    return Number(v);
  };
  const limit = int('limit', STORY_PAGE_SIZE, 1, STORY_PAGE_SIZE_MAX);
  const start = int('start', 0, 0, STORY_WINDOW_MAX - limit);
  let kinds: StoryKind[] | null = null;
  const raw = own(query, 'kind');
  if (raw !== undefined && raw !== '') {
    const names = typeof raw === 'string' ? raw.split(',') : [];
    const known = names.filter((k): k is StoryKind => (STORY_KINDS as readonly string[]).includes(k));
    if (!names.length || known.length !== names.length) {
      problems.push({ path: 'kind', code: 'invalid_choice', params: { allowed: [...STORY_KINDS] }, message: `Debe ser uno de: ${STORY_KINDS.join(', ')}` });
    } else kinds = [...new Set(known)];
  }
  return { value: { kinds, start, limit }, problems };
}

/**
 * One page of the timeline: the groups' entries of the chosen kinds, newest first (equal dates in
 * the order of STORY_KINDS, then by id, so pages never overlap), with the count of every kind.
 */
export function mergeStory(groups: readonly StoryGroup[], query: StoryQuery, timeZone: string): StoryPage {
  const counts: Partial<Record<StoryKind, number>> = {};
  for (const g of groups) counts[g.kind] = (counts[g.kind] ?? 0) + g.total;
  const chosen = groups.filter((g) => !query.kinds || query.kinds.includes(g.kind));
  const rank = (k: StoryKind) => STORY_KINDS.indexOf(k);
  const keyed = chosen.flatMap((g) => g.entries.map((e) => ({ e, t: storyInstant(e.date, timeZone) })));
  keyed.sort((a, b) => b.t - a.t || rank(a.e.kind) - rank(b.e.kind) || (a.e.id < b.e.id ? 1 : a.e.id > b.e.id ? -1 : 0));
  return {
    entries: keyed.slice(query.start, query.start + query.limit).map((x) => x.e),
    counts,
    total: chosen.reduce((sum, g) => sum + g.total, 0),
    start: query.start,
    limit: query.limit,
  };
}

/** A long text (a follow-up's note, a report's narrative) as one timeline line. */
export function storyLine(text: unknown, max = 160): string {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A stored code as the entry shows it (null when empty). */
export const storyCode = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** A percentage as the entry's status ("40 %"), or null. */
export const storyPercent = (v: unknown): string | null => (typeof v === 'number' ? `${v} %` : null);

/**
 * Which actors have a public page: institutions and groups. A person never has one (their name
 * with their dealings with the municipality is personal data), and no page shows contact data.
 */
export const PUBLIC_ACTOR_KINDS = ['institution', 'group'] as const;
export type PublicActorKind = (typeof PUBLIC_ACTOR_KINDS)[number];

/** What `GET /api/public/actors/:code` answers of the actor: never e-mail, phone, notes nor the contact's title. */
export const PUBLIC_ACTOR_FIELDS = ['id', 'code', 'name', 'kind', 'organization', 'themes', 'places'] as const;
export type PublicActorField = (typeof PUBLIC_ACTOR_FIELDS)[number];
