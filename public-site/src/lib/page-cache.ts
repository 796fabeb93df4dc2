/**
 * The site's pages as last rendered, shared by every visitor (src/middleware.ts): served for a
 * few seconds without rendering again, and served with their date ("Datos al …") when a new
 * rendering fails because the CMS is down or slow. Only what a page declares public is kept:
 * GETs answered 200 with `Cache-Control: public`, HTML or a feed, without cookies. A visitor's
 * own pages (the request form with its token, a request's state) say `no-store` and are never
 * kept nor shared; nor is any answer to a POST.
 */
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { formatDateTime } from './dates';
import type { DataAge } from './data-age';

/** Where Base.astro leaves room for the date note; replaced (by the note or by nothing) before a page leaves. */
export const DATA_DATE_MARK = '<!--data-date-->';

/** A page as kept: its body, the headers it was answered with, and how old its data is. */
export type PageCopy = {
  status: number;
  headers: [string, string][];
  body: string;
  /** When it was rendered (ms), which decides its freshness. */
  fetchedAt: number;
  /** When the oldest data behind it was fetched from the CMS. */
  dataAsOf: number;
  /** Whether it was rendered from older copies because the CMS failed. */
  degraded: boolean;
  failedAt: number | null;
  /** The body compressed, made the first time a visitor asks for that encoding. */
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
};

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send a visitor, from their Accept-Encoding: brotli, else gzip, else none
 * (null); `q=0` refuses one, `*` stands for any not named.
 */
export function preferredEncoding(acceptEncoding: string | null): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

/** The page's body in that encoding, compressed once per copy (brotli at quality 4, as server.mjs's compression does). */
export function encodedBody(copy: PageCopy, encoding: Encoding): Uint8Array<ArrayBuffer> {
  const done = copy.encoded[encoding];
  if (done) return done;
  const body = Buffer.from(withDataDate(copy.body, null));
  // A plain copy of the compressed bytes: what a Response body takes.
  const encoded = new Uint8Array(encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }) : zlib.gzipSync(body));
  copy.encoded[encoding] = encoded;
  return encoded;
}

const KEPT_TYPES = /^(text\/html|application\/rss\+xml)\b/i;

/** Whether a request may be answered from, or feed, the shared copies: reading methods only. */
export const sharedRequest = (request: Request): boolean => request.method === 'GET';

/** Whether an answer may be kept and shared with other visitors. */
export function shareable(response: Response): boolean {
  const cacheControl = (response.headers.get('Cache-Control') ?? '').toLowerCase();
  return (
    response.status === 200 &&
    /\bpublic\b/.test(cacheControl) &&
    !/\b(no-store|private|no-cache)\b/.test(cacheControl) &&
    !response.headers.has('Set-Cookie') &&
    KEPT_TYPES.test(response.headers.get('Content-Type') ?? '')
  );
}

/** Headers that describe the bytes as sent, not the page: they are worked out again. */
const TRANSPORT = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'set-cookie']);

export function copyOf(response: Response, body: string, renderedAt: number, age: DataAge): PageCopy {
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => !TRANSPORT.has(name.toLowerCase())),
    body,
    fetchedAt: renderedAt,
    dataAsOf: age.oldest ?? renderedAt,
    degraded: age.degraded,
    failedAt: null,
    encoded: {},
  };
}

/** "Datos al jueves 3 de diciembre de 2026, 9:31 a. m." in the municipality's time zone (the site speaks Spanish). */
export function dataDateNote(asOf: number, timeZone: string): string {
  const when = formatDateTime(new Date(asOf), timeZone);
  const iso = new Date(asOf).toISOString();
  return `<p class="data-date" role="status">Datos al <time datetime="${iso}">${when}</time>: el portal no ha podido actualizarlos; se muestran los últimos disponibles.</p>`;
}

/** The page's HTML with the date note in its place when `asOf` is given, without it otherwise. */
export const withDataDate = (html: string, note: string | null): string => html.replace(DATA_DATE_MARK, note ?? '');

/** The copies, bounded by count and total size (characters, plus about half again for their compressed forms). */
export const pageStore = (max = 2_000, maxSize = 128 * 1024 * 1024) =>
  new LRUCache<string, PageCopy>({ max, maxSize, sizeCalculation: (copy) => Math.max(1, Math.ceil(copy.body.length * 1.5)) });
