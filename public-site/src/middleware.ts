import { defineMiddleware } from 'astro:middleware';
import type { MiddlewareNext } from 'astro';
import { cspWithMapTiles } from '@sigobito/config/contracts';
import { SECURITY_HEADERS } from '../security-headers.mjs';
import { getSettings } from './lib/cms';
import { trackDataAge, type DataAge } from './lib/data-age';
import { validTimeZone } from './lib/dates';
import { copyOf, dataDateNote, encodedBody, pageStore, preferredEncoding, shareable, sharedRequest, withDataDate, type PageCopy } from './lib/page-cache';
import { cacheTimesFrom, Coalescer, failedRecently, freshness, within } from './lib/swr';

const CSP = 'Content-Security-Policy';
/** A map page's tile host, carried by its rendering (and so by its shared copy) to secure(); never sent. */
const TILE_SOURCE = 'X-Sigobito-Map-Tiles';

/** A page with a tiled map may load images from the tile host and run the site's own map script; nothing else. */
const secure = (headers: Headers, mapTileSource: string | undefined) => {
  headers.delete(TILE_SOURCE);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  headers.set(CSP, cspWithMapTiles(SECURITY_HEADERS[CSP]!, mapTileSource ?? null, { scripts: true }));
};

const times = cacheTimesFrom(process.env);
const pages = pageStore();
/** One rendering per page at a time to refresh its shared copy; visitors meanwhile get the copy. */
const renders = new Coalescer<PageCopy | null>();

const isHtml = (response: Response) => /^text\/html\b/i.test(response.headers.get('Content-Type') ?? '');

type Rendered = { response: Response; body: string | null; age: DataAge };

/** Renders the page for this request, noting how old the CMS's answers behind it are. */
async function render(next: MiddlewareNext): Promise<Rendered> {
  const { result, age } = await trackDataAge(async () => {
    const response = await next();
    // Pages are read whole here (to date them, to share them); files stream through.
    return { response, body: shareable(response) || isHtml(response) ? await response.text() : null };
  });
  return { ...result, age };
}

/** Renders a page again to refresh its copy: the new copy, or null when the page may no longer be shared (gone, made private). */
async function refresh(key: string, next: MiddlewareNext): Promise<PageCopy | null> {
  let rendered: Rendered;
  try {
    rendered = await render(next);
  } catch (error) {
    // The CMS is down or slow and the page could not be rendered: the copy stays, dated.
    const copy = pages.peek(key);
    if (copy) copy.failedAt = Date.now();
    console.error(`${key}: ${error instanceof Error ? error.message : String(error)}; se sirve la última copia`);
    throw error;
  }
  if (!shareable(rendered.response) || rendered.body === null) {
    pages.delete(key);
    await rendered.response.body?.cancel();
    return null;
  }
  const copy = copyOf(rendered.response, rendered.body, Date.now(), rendered.age);
  pages.set(key, copy);
  return copy;
}

/** The time zone for the date note: the settings' (from the shared cache), Panama's when even those are missing. */
const timeZone = () => getSettings().then((s) => validTimeZone(s?.timeZone), () => validTimeZone(null));

/**
 * A visitor's answer from a copy; `failed` when it stands in for a rendering that just failed.
 * An undated copy goes compressed once for all its visitors (server.mjs's compression leaves an
 * encoded answer alone); a dated one is compressed there, per visitor.
 */
async function serve(copy: PageCopy, request: Request, failed = false): Promise<Response> {
  const degraded = failed || copy.degraded || (copy.failedAt !== null && copy.failedAt >= copy.fetchedAt);
  const headers = new Headers(copy.headers);
  headers.append('Vary', 'Accept-Encoding');
  if (degraded) return new Response(withDataDate(copy.body, dataDateNote(copy.dataAsOf, await timeZone())), { status: copy.status, headers });
  const encoding = preferredEncoding(request.headers.get('Accept-Encoding'));
  if (!encoding) return new Response(withDataDate(copy.body, null), { status: copy.status, headers });
  headers.set('Content-Encoding', encoding);
  return new Response(encodedBody(copy, encoding), { status: copy.status, headers });
}

/** A rendering as this visitor gets it: a page with its date note when its data are older copies. */
async function forVisitor({ response, body, age }: Rendered): Promise<Response> {
  if (body === null) return response;
  const note = age.degraded && age.oldest !== null ? dataDateNote(age.oldest, await timeZone()) : null;
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(withDataDate(body, note), { status: response.status, statusText: response.statusText, headers });
}

/** A page rendered for this visitor: shared afterwards when it may be. */
async function renderFresh(key: string | null, request: Request, next: MiddlewareNext): Promise<Response> {
  const rendered = await render(next);
  if (key === null || rendered.body === null || !shareable(rendered.response)) return forVisitor(rendered);
  const copy = copyOf(rendered.response, rendered.body, Date.now(), rendered.age);
  pages.set(key, copy);
  return serve(copy, request);
}

/** Pages come from the shared copies when they may (lib/page-cache.ts), rendered otherwise. */
async function answer(url: URL, request: Request, routePattern: string, next: MiddlewareNext): Promise<Response> {
  // The error page is rendered in its own pass, for the request whose page failed.
  if (!sharedRequest(request) || routePattern === '/500') return forVisitor(await render(next));
  const key = url.href;
  const copy = pages.get(key);
  if (!copy) return renderFresh(key, request, next);
  const now = Date.now();
  const state = freshness(copy, now, times);
  // Known down: the copy, dated, and no new rendering before the fresh time has passed since the failure.
  if (state === 'fresh' || failedRecently(copy, now, times)) return serve(copy, request);
  if (state === 'stale') {
    renders.run(key, () => refresh(key, next)).catch(() => undefined);
    return serve(copy, request);
  }
  const settled = await within(renders.run(key, () => refresh(key, next)), times.slowMs);
  if (!settled.ok) return serve(copy, request, true);
  return settled.value ? serve(settled.value, request) : renderFresh(null, request, next);
}

// Every page carries the security headers (server.mjs also sets them on static files).
// Astro always answers 500 with the page 500.astro renders; when that page finds the CMS
// unreachable it asks for 503, so that clients and proxies know to come back later — unless
// the page was served before, in which case its last copy is served with its date.
export const onRequest = defineMiddleware(async (context, next) => {
  const tagged: MiddlewareNext = async (...args) => {
    const rendered = await next(...args);
    const source = context.locals.mapTileSource;
    if (!source) return rendered;
    const headers = new Headers(rendered.headers);
    headers.set(TILE_SOURCE, source);
    return new Response(rendered.body, { status: rendered.status, statusText: rendered.statusText, headers });
  };
  const response = await answer(context.url, context.request, context.routePattern, tagged);
  const status = context.locals.errorStatus;
  let result = status === undefined ? response : new Response(response.body, { status, headers: response.headers });
  // A page's tile host travels with its shared copy (an internal header secure() takes off).
  const tiles = result.headers.get(TILE_SOURCE) ?? context.locals.mapTileSource;
  try {
    secure(result.headers, tiles);
  } catch {
    // The headers of some responses (a redirect, a fetched one) cannot be changed: a copy.
    result = new Response(result.body, { status: result.status, statusText: result.statusText, headers: new Headers(result.headers) });
    secure(result.headers, tiles);
  }
  return result;
});
