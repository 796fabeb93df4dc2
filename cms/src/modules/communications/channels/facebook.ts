import { facebookPage, getEnv, type FacebookPage } from '@sigobito/config';
import type { OwnPost, OwnPosts } from './match';
import { fingerprintOf, neverReachedPlatform, PlatformError, secondsFrom, type ImageToSend, type PlatformClient } from './platform';

/** Each call to the Graph API gives up after this long without an answer (then the outcome of a post is unknown). */
export const FACEBOOK_TIMEOUT_MS = 30_000;
/** A look-up reads at most this many pages of 100 of the Page's posts. */
const MAX_PAGES = 10;
/** A rate limit without Meta's estimate: wait this long. */
const DEFAULT_RATE_WAIT_S = 10 * 60;

/** The Graph API's error codes that mean a rate limit (app, user, Page, action), and the business use case ones. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isBusinessThrottle = (code: number) => code >= 80001 && code <= 80014;
/** The token is invalid or expired (190), or its session (102): the channel pauses. */
const TOKEN_CODES = new Set([190, 102]);
/** "Duplicate status message". */
const DUPLICATE_CODE = 506;

export type GraphError = { message?: string; type?: string; code?: number; error_subcode?: number; error_user_msg?: string; error_user_title?: string };

/** What the Graph API answered. */
export type GraphAnswer =
  | { status: number; error?: GraphError | null; headers?: Record<string, string | null> }
  /** No HTTP answer: `reached` false when the request surely never got to Meta. */
  | { status: null; reached: boolean; message: string };

export type GraphStep = 'photo' | 'post' | 'read';

const parseJson = (text: string | null | undefined): unknown => {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Pure: Meta's estimated wait in minutes, from its usage headers (X-Business-Use-Case-Usage,
 * X-Page-Usage, X-App-Usage: `estimated_time_to_regain_access`), the longest one; null without one.
 */
export function metaWaitMinutes(headers: Record<string, string | null> = {}): number | null {
  const header = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? null;
  const estimates: number[] = [];
  const collect = (value: unknown) => {
    const n = Number((value as { estimated_time_to_regain_access?: unknown } | null)?.estimated_time_to_regain_access);
    if (Number.isFinite(n) && n > 0) estimates.push(n);
  };
  const business = parseJson(header('x-business-use-case-usage'));
  if (business && typeof business === 'object') for (const list of Object.values(business)) if (Array.isArray(list)) list.forEach(collect);
  collect(parseJson(header('x-page-usage')));
  collect(parseJson(header('x-app-usage')));
  return estimates.length ? Math.max(...estimates) : null;
}

/** Pure: Meta's own words for an error (the message meant for the user when there is one). */
export function graphDetail(error: GraphError | null | undefined): string {
  const text = [error?.error_user_msg, error?.message, error?.error_user_title].find((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return (text ?? '').trim().slice(0, 500);
}

const quoted = (detail: string) => (detail ? `«${detail}»` : 'sin detalle');

/**
 * Pure: what an answer of the Graph API means for a delivery. Rate limits (codes 4, 17, 32,
 * 613, business use case throttling, a 429) wait Meta's estimated time; an invalid or expired
 * token (190, 102, a 401) pauses the channel; a duplicate post (506) is looked up; missing
 * permissions (10, 200–299) or a blocked action (368) need a person; any other 4xx will never go
 * as it is. A 5xx, Meta's "unknown" or "temporarily unavailable" (1, 2), a timeout or a cut
 * connection after the post was sent may have created it (unknown); before it (a photo),
 * nothing was posted, so it is simply tried again.
 */
export function graphFailure(answer: GraphAnswer, step: GraphStep, now: Date): PlatformError {
  const what = step === 'photo' ? 'la imagen' : 'la publicación';
  if (answer.status === null) {
    if (!answer.reached) return new PlatformError('not_sent', `No se pudo conectar con Facebook (${answer.message}): no salió nada`);
    if (step === 'post') return new PlatformError('unknown', `Sin respuesta de Facebook después de enviarle la publicación (${answer.message}): se comprobará en la Página antes de reintentar`);
    return new PlatformError('not_sent', `Sin respuesta de Facebook antes de publicar (${answer.message}): no salió nada`);
  }
  const { status } = answer;
  const code = Number(answer.error?.code);
  const detail = graphDetail(answer.error);
  const coded = Number.isFinite(code) ? ` (código ${code})` : ` (${status})`;
  if (RATE_LIMIT_CODES.has(code) || isBusinessThrottle(code) || status === 429) {
    const minutes = metaWaitMinutes(answer.headers);
    return new PlatformError('rate_limited', `Facebook limita las publicaciones por ahora${coded}: se espera el tiempo que Meta estima`, { until: secondsFrom(now, minutes ? minutes * 60 : DEFAULT_RATE_WAIT_S) });
  }
  if (TOKEN_CODES.has(code) || status === 401) return new PlatformError('credentials', `Facebook rechazó el token de la Página${coded}: venció o fue revocado (${quoted(detail)})`);
  if (code === DUPLICATE_CODE) return new PlatformError('duplicate', `Facebook dice que ya tiene este texto${coded}: ${quoted(detail)}`);
  if (code === 10 || code === 368 || (code >= 200 && code <= 299)) {
    return new PlatformError('needs_person', `Facebook no permite ${what}${coded}: ${quoted(detail)}. Revise que el token tenga pages_manage_posts y que la Página pueda publicar.`);
  }
  const transient = code === 1 || code === 2 || status >= 500;
  if (transient) {
    if (step === 'post') return new PlatformError('unknown', `Facebook falló${coded} después de recibir la publicación: se comprobará en la Página antes de reintentar`);
    return new PlatformError('not_sent', `Facebook falló${coded} antes de publicar: no salió nada`);
  }
  return new PlatformError('refused', `Facebook rechazó ${what}${coded}: ${quoted(detail)}. Corrija la pieza y use «Reintentar».`);
}

export const facebookPostUrl = (id: string) => `https://www.facebook.com/${id}`;

/** Pure: the fields of the Page post: its text, and its link (in the text when images take the post's attachment). */
export function feedFields(payload: { text: string; link: string | null }, photoIds: readonly string[]): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  const link = payload.link?.trim() || null;
  const text = photoIds.length && link && !payload.text.includes(link) ? `${payload.text}\n${link}` : payload.text;
  fields.push(['message', text]);
  if (link && !photoIds.length) fields.push(['link', link]);
  photoIds.forEach((id, i) => fields.push([`attached_media[${i}]`, JSON.stringify({ media_fbid: id })]));
  return fields;
}

/**
 * A Facebook Page through the Graph API over plain HTTP (fetch), with a Page token: images are
 * uploaded unpublished to the Page's photos (with their alt text) and attached to one feed post.
 * FACEBOOK_GRAPH_URL replaces the API's address, so tests talk to a local server.
 */
export function createFacebookClient(opts: { page?: () => FacebookPage | null; timeoutMs?: number; /** The clock Meta's estimated wait counts from. */ now?: () => Date } = {}): PlatformClient {
  const page = opts.page ?? (() => facebookPage(getEnv()));
  const timeoutMs = opts.timeoutMs ?? FACEBOOK_TIMEOUT_MS;
  const clock = opts.now ?? (() => new Date());

  function required(): FacebookPage {
    const p = page();
    if (!p) throw new PlatformError('not_sent', 'Facebook no configurado');
    return p;
  }

  const base = (p: FacebookPage) => `${p.graphUrl}/${p.version}`;

  async function graph(p: FacebookPage, step: GraphStep, url: string, init: { method?: string; body?: FormData | URLSearchParams } = {}): Promise<Record<string, unknown>> {
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { method: init.method ?? 'GET', body: init.body, headers: { Authorization: `Bearer ${p.token}` }, signal: AbortSignal.timeout(timeoutMs) });
      text = await res.text();
    } catch (e) {
      const message = (e as Error)?.name === 'TimeoutError' ? `sin respuesta en ${Math.round(timeoutMs / 1000)} s` : (e as Error)?.message ?? String(e);
      throw graphFailure({ status: null, reached: !neverReachedPlatform(e), message }, step, clock());
    }
    const json = parseJson(text) as { error?: GraphError } | null;
    if (!res.ok || json?.error || !json) {
      if (res.ok && !json) throw graphFailure({ status: null, reached: true, message: 'respuesta ilegible' }, step, clock());
      throw graphFailure({ status: res.status, error: json?.error ?? null, headers: Object.fromEntries(res.headers.entries()) }, step, clock());
    }
    return json as Record<string, unknown>;
  }

  async function uploadPhoto(p: FacebookPage, image: ImageToSend): Promise<string> {
    const form = new FormData();
    form.set('source', new Blob([new Uint8Array(image.bytes)], { type: image.mime }), image.name);
    form.set('published', 'false');
    if (image.alt) form.set('alt_text_custom', image.alt);
    const answer = await graph(p, 'photo', `${base(p)}/${p.pageId}/photos`, { method: 'POST', body: form });
    if (typeof answer.id !== 'string' && typeof answer.id !== 'number') throw new PlatformError('not_sent', 'Facebook no devolvió el id de la imagen: no salió nada');
    return String(answer.id);
  }

  return {
    channel: 'facebook',
    label: 'Facebook',
    fingerprint: () => {
      const p = page();
      return p ? fingerprintOf('facebook', p.graphUrl, p.version, p.pageId, p.token) : null;
    },

    async publish(payload, images) {
      const p = required();
      const photoIds: string[] = [];
      for (const image of images) photoIds.push(await uploadPhoto(p, image));
      const answer = await graph(p, 'post', `${base(p)}/${p.pageId}/feed`, { method: 'POST', body: new URLSearchParams(feedFields(payload, photoIds)) });
      const id = answer.id;
      if (typeof id !== 'string' || !id) throw new PlatformError('unknown', 'Facebook respondió sin el id de la publicación: se comprobará en la Página');
      return { id, url: facebookPostUrl(id) };
    },

    async ownPosts(since): Promise<OwnPosts> {
      const p = required();
      const query = new URLSearchParams({ fields: 'id,message,created_time,permalink_url', since: String(Math.floor(since.getTime() / 1000)), limit: '100' });
      let url: string | null = `${base(p)}/${p.pageId}/published_posts?${query}`;
      const posts: OwnPost[] = [];
      for (let n = 0; url && n < MAX_PAGES; n++) {
        const answer = (await graph(p, 'read', url)) as { data?: Array<{ id: string; message?: string; created_time?: string; permalink_url?: string }>; paging?: { next?: string } };
        for (const post of answer.data ?? []) posts.push({ id: String(post.id), text: post.message ?? '', url: post.permalink_url ?? facebookPostUrl(String(post.id)), createdAt: post.created_time ?? null });
        const next = answer.paging?.next;
        // Only pages at the configured address: the token goes with every call.
        url = next && next.startsWith(`${p.graphUrl}/`) ? next : null;
        if (!next) return { posts, complete: true };
        if (!url) return { posts, complete: false };
      }
      return { posts, complete: !url };
    },

    async probe() {
      const p = required();
      await graph(p, 'read', `${base(p)}/${p.pageId}?fields=id`);
    },
  };
}
