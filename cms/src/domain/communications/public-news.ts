import { htmlToText, isPublicNews, NEWS_PAGE_SIZE, NEWS_PAGE_SIZE_MAX, type FieldError, type NewsCorrection, type NewsImage } from '@sigobito/config/contracts';

/**
 * What citizens may see of a communication's web piece, as pure rules of the stored rows and
 * `now`: whether it is news at all, which of its images, its corrections, its description.
 */

export type NewsStanding = 'public' | 'withdrawn';

const instant = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date) && typeof value !== 'number') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

/**
 * `public`: listed, in the feeds and open data, with its body and images. `withdrawn`: it was
 * public and has been withdrawn: its page stays, with the notice and nothing of its content.
 * null: not news (a draft, a piece not yet due, a social piece, an unpublished communication).
 */
export function newsStanding(
  communication: { status?: unknown; withdrawnAt?: unknown },
  piece: { channel?: unknown; status?: unknown; postedAt?: unknown },
  now: Date,
): NewsStanding | null {
  if (!isPublicNews(communication, piece, now)) return null;
  return instant(communication.withdrawnAt) ? 'withdrawn' : 'public';
}

/** The corrections as stored (`[{ at, note }]`, JSON): the well-formed ones, oldest first, with ISO dates. */
export function publicCorrections(value: unknown): NewsCorrection[] {
  if (!Array.isArray(value)) return [];
  const kept: NewsCorrection[] = [];
  for (const c of value) {
    if (!c || typeof c !== 'object') continue;
    const at = instant((c as { at?: unknown }).at);
    const note = (c as { note?: unknown }).note;
    if (at && typeof note === 'string' && note.trim()) kept.push({ at: at.toISOString(), note: note.trim() });
  }
  return kept.sort((a, b) => a.at.localeCompare(b.at));
}

export type StoredImage = { id: number; url: string; mime?: string | null; width?: number | null; height?: number | null };
export type ShownImage = NewsImage & { file: number; url: string };

const IMAGE_MIME = /^image\/(png|jpeg|gif|webp)$/;

/**
 * The images a news item shows, in the piece's order, numbered from 1: each image file with its
 * alt text. One without alt text (the rules refuse it on save; an old row may lack it) or that
 * is not an image is left out rather than shown to nobody's benefit.
 */
export function shownImages(images: readonly StoredImage[] | null | undefined, imageAlts: unknown): ShownImage[] {
  const alts = Array.isArray(imageAlts) ? imageAlts : [];
  const altOf = (file: number) => {
    const found = alts.find((a) => a && typeof a === 'object' && Number((a as { file?: unknown }).file) === file) as { alt?: unknown } | undefined;
    return typeof found?.alt === 'string' ? found.alt.trim() : '';
  };
  const shown: ShownImage[] = [];
  for (const img of images ?? []) {
    const alt = altOf(img.id);
    if (!alt || !IMAGE_MIME.test(img.mime ?? '')) continue;
    const size = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : null);
    shown.push({ n: shown.length + 1, file: img.id, url: img.url, alt, width: size(img.width), height: size(img.height), mime: img.mime! });
  }
  return shown;
}

/** What citizens see of an image: no upload id, no stored address. */
export const publicImage = ({ n, alt, width, height, mime }: ShownImage): NewsImage => ({ n, alt, width, height, mime });

const DESCRIPTION_MAX = 160;

/** The summary or, without one, the start of the body's text (≤ 160 characters, cut at a word, with "…"). */
export function newsDescription(summary: string | null | undefined, bodyHtml: string | null | undefined): string {
  const given = summary?.trim();
  if (given) return given;
  const text = htmlToText(bodyHtml ?? '').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= DESCRIPTION_MAX) return text;
  const cut = chars.slice(0, DESCRIPTION_MAX - 1).join('');
  // The cut ends a word when a space follows it; otherwise the partial word goes.
  const atWord = /\s/.test(chars[DESCRIPTION_MAX - 1]) ? cut.trimEnd() : cut.replace(/\s+\S*$/, '');
  return `${atWord.length > DESCRIPTION_MAX / 2 ? atWord : cut}…`;
}

/** The latest correction's date: when a news item last changed for its readers. */
export const lastUpdated = (corrections: readonly NewsCorrection[]): string | null => corrections.at(-1)?.at ?? null;

/** `actor` is set by the public actor page only (the list's query string does not take it). */
export type NewsQuery = { page: number; pageSize: number; theme?: string; place?: string; goal?: string; actor?: string };

const CODE = /^[A-Za-z0-9_-]{1,64}$/;
/** Far past any real list: a bigger page number is a typo or a probe. */
const PAGE_MAX = 10_000;

/** The list's query string: page (from 1), pageSize (1–50), and a theme, place or goal to filter by. */
export function parseNewsQuery(query: Record<string, unknown>): { value: NewsQuery; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const int = (name: 'page' | 'pageSize', fallback: number, max: number) => {
    const v = query[name];
    if (v === undefined || v === '') return fallback;
    if (typeof v !== 'string' || !/^\d{1,6}$/.test(v) || Number(v) < 1 || Number(v) > max) {
      problems.push({ path: name, code: 'out_of_range', params: { min: 1, max }, message: `Un número entero entre 1 y ${max}` });
      return fallback;
    }
    return Number(v);
  };
  const code = (name: 'theme' | 'place' | 'goal') => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string' && CODE.test(v)) return v;
    problems.push({ path: name, code: 'invalid_format', message: 'Un código: letras, números, - y _' });
    return undefined;
  };
  const value: NewsQuery = { page: int('page', 1, PAGE_MAX), pageSize: int('pageSize', NEWS_PAGE_SIZE, NEWS_PAGE_SIZE_MAX) };
  for (const name of ['theme', 'place', 'goal'] as const) {
    const v = code(name);
    if (v) value[name] = v;
  }
  return { value, problems };
}
