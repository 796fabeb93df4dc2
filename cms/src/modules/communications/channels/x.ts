import http from 'node:http';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, TwitterApi, TwitterApiv2 } from 'twitter-api-v2';
import { getEnv, xCredentials, type XCredentials } from '@sigobito/config';
import type { OwnPost, OwnPosts } from './match';
import { fingerprintOf, neverReachedPlatform, PlatformError, secondsFrom, type PlatformClient } from './platform';

/** Each call to X gives up after this long without an answer (then the outcome of a post is unknown). */
export const X_TIMEOUT_MS = 30_000;
/** A look-up reads at most this many pages of 100 of the account's own posts. */
const MAX_PAGES = 10;
/** X's rate-limit answer without its reset header: wait this long. */
const DEFAULT_RATE_WAIT_S = 15 * 60;

export const xPostUrl = (id: string) => `https://x.com/i/web/status/${id}`;

/** What X answered, whatever the library made of it. */
export type XAnswer =
  | { status: number; data?: unknown; resetSeconds?: number }
  /** No HTTP answer: `reached` false when the request surely never got to X. */
  | { status: null; reached: boolean; message: string };

/** The step of a publish a call belongs to: before the post nothing can be duplicated. */
export type XStep = 'media' | 'post' | 'read';

/** Known English reasons of X, told in Spanish (the original follows in quotes). */
const X_REASONS: Array<[RegExp, string]> = [
  [/too long/i, 'el texto es demasiado largo'],
  [/duplicate/i, 'el texto es idéntico a una publicación anterior de la cuenta'],
  [/(media|image).*(type|format|unsupported|invalid)|unsupported.*(media|image)/i, 'X no acepta el formato de la imagen'],
  [/(file|media|image).*(size|large|big)/i, 'la imagen pesa demasiado'],
  [/alt.?text/i, 'el texto alternativo no es válido'],
  [/not permitted|not allowed|forbidden|permission/i, 'la app o la cuenta no tienen permiso para publicar'],
  [/suspended|locked/i, 'la cuenta está suspendida o bloqueada'],
  [/credits|payment|billing/i, 'la cuenta de desarrollador no tiene crédito'],
];

/** Pure: X's own words for an answer (its `detail`, `title` or first error). */
export function xDetail(data: unknown): string {
  const d = (data ?? {}) as { detail?: unknown; title?: unknown; error?: unknown; errors?: Array<{ message?: unknown; detail?: unknown }> };
  const first = Array.isArray(d.errors) ? d.errors.find((e) => e && (typeof e.message === 'string' || typeof e.detail === 'string')) : undefined;
  const text = [d.detail, first?.message, first?.detail, d.title, d.error].find((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return (text ?? '').trim().slice(0, 500);
}

/** Pure: a reason in Spanish, with X's words after it. */
export function xReasonEs(detail: string): string {
  const known = X_REASONS.find(([re]) => re.test(detail))?.[1];
  if (known && detail) return `${known} («${detail}»)`;
  return known ?? (detail ? `«${detail}»` : 'sin detalle');
}

/**
 * Pure: what an answer of X means for a delivery. A rate limit waits for X's reset; a 401 pauses
 * the channel; the duplicate-content 403 is looked up; another 403 (the app's permissions, the
 * account) needs a person; any other 4xx will never go as it is. A 5xx, a timeout or a cut
 * connection after the post was sent may have created it (unknown); before it (an image),
 * nothing was posted, so it is simply tried again.
 */
export function xFailure(answer: XAnswer, step: XStep, now: Date): PlatformError {
  const what = step === 'media' ? 'la imagen' : 'la publicación';
  if (answer.status === null) {
    if (!answer.reached) return new PlatformError('not_sent', `No se pudo conectar con X (${answer.message}): no salió nada`);
    if (step === 'post') return new PlatformError('unknown', `Sin respuesta de X después de enviarle la publicación (${answer.message}): se comprobará en la cuenta antes de reintentar`);
    return new PlatformError('not_sent', `Sin respuesta de X antes de publicar (${answer.message}): no salió nada`);
  }
  const { status } = answer;
  const detail = xDetail(answer.data);
  if (status === 429) {
    const until = answer.resetSeconds && answer.resetSeconds * 1000 > now.getTime() ? new Date(answer.resetSeconds * 1000) : secondsFrom(now, DEFAULT_RATE_WAIT_S);
    return new PlatformError('rate_limited', 'X limita las publicaciones por ahora (429): se espera hasta la hora que X indica', { until });
  }
  if (status === 401) return new PlatformError('credentials', `X rechazó las credenciales (401): ${xReasonEs(detail)}`);
  if (status === 403 && /duplicate/i.test(detail)) return new PlatformError('duplicate', `X dice que ya tiene este texto (403): ${xReasonEs(detail)}`);
  if (status === 402 || status === 403) return new PlatformError('needs_person', `X no permite ${what} (${status}): ${xReasonEs(detail)}. Revise la cuenta y los permisos de la app (lectura y escritura).`);
  if (status >= 400 && status < 500) return new PlatformError('refused', `X rechazó ${what} (${status}): ${xReasonEs(detail)}. Corrija la pieza y use «Reintentar».`);
  if (step === 'post') return new PlatformError('unknown', `X falló (${status}) después de recibir la publicación: se comprobará en la cuenta antes de reintentar`);
  return new PlatformError('not_sent', `X falló (${status}) antes de publicar: no salió nada`);
}

/** What the library threw, as an answer of X. */
function answerOf(e: unknown): XAnswer {
  if (e instanceof ApiResponseError) {
    const header = Number(e.headers?.['x-rate-limit-reset']);
    const resetSeconds = e.rateLimit?.reset ?? (Number.isFinite(header) ? header : undefined);
    return { status: e.code, data: e.data, ...(resetSeconds ? { resetSeconds } : {}) };
  }
  if (e instanceof ApiPartialResponseError) return { status: null, reached: true, message: e.responseError?.message ?? e.message };
  if (e instanceof ApiRequestError) return { status: null, reached: !neverReachedPlatform(e.requestError), message: e.requestError?.message ?? e.message };
  return { status: null, reached: !neverReachedPlatform(e), message: (e as Error)?.message ?? String(e) };
}

/** X's timestamps are to the second. */
const xTime = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** The library's v2 client at another address (X_API_URL): it keeps its address in a protected field. */
class XApiV2 extends TwitterApiv2 {
  constructor(api: TwitterApi, apiUrl: string) {
    super(api);
    this._prefix = `${apiUrl}/2/`;
  }
}

type MediaType = Parameters<TwitterApiv2['uploadMedia']>[1]['media_type'];
type Session = { fingerprint: string; v2: TwitterApiv2; me?: Promise<string> };

/**
 * X through twitter-api-v2, signed with OAuth 1.0a user context (the app's keys and the
 * account's tokens). X_API_URL replaces the API's address (the library's v2 prefix), so tests
 * talk to a local server; plain http is allowed for that (the library itself speaks https).
 */
export function createXClient(opts: { credentials?: () => XCredentials | null; timeoutMs?: number; /** The clock a rate limit's reset is compared with. */ now?: () => Date } = {}): PlatformClient {
  const credentials = opts.credentials ?? (() => xCredentials(getEnv()));
  const timeoutMs = opts.timeoutMs ?? X_TIMEOUT_MS;
  const clock = opts.now ?? (() => new Date());
  let session: Session | null = null;

  function current(): Session | null {
    const creds = credentials();
    if (!creds) return null;
    const fingerprint = fingerprintOf('x', creds.apiUrl, creds.appKey, creds.appSecret, creds.accessToken, creds.accessSecret);
    if (session?.fingerprint !== fingerprint) {
      const api = new TwitterApi(
        { appKey: creds.appKey, appSecret: creds.appSecret, accessToken: creds.accessToken, accessSecret: creds.accessSecret },
        {
          ...(creds.apiUrl.startsWith('http:') ? { httpAgent: new http.Agent({ keepAlive: true }) } : {}),
          plugins: [
            {
              onBeforeRequestConfig: ({ params }) => {
                params.timeout ??= timeoutMs;
              },
            },
          ],
        },
      );
      session = { fingerprint, v2: new XApiV2(api, creds.apiUrl) };
    }
    return session;
  }

  function required(): Session {
    const s = current();
    if (!s) throw new PlatformError('not_sent', 'X no configurado');
    return s;
  }

  async function call<T>(step: XStep, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      throw xFailure(answerOf(e), step, clock());
    }
  }

  /** The account's id (asked once per set of credentials). */
  function userId(s: Session): Promise<string> {
    s.me ??= call('read', () => s.v2.get<{ data: { id: string } }>('users/me')).then((r) => r.data.id);
    s.me.catch(() => (s.me = undefined));
    return s.me;
  }

  return {
    channel: 'x',
    label: 'X',
    fingerprint: () => current()?.fingerprint ?? null,

    async publish(payload, images) {
      const s = required();
      const mediaIds: string[] = [];
      for (const image of images) {
        const id = await call('media', () => s.v2.uploadMedia(image.bytes, { media_type: image.mime as MediaType, media_category: 'tweet_image' }));
        if (image.alt) await call('media', () => s.v2.createMediaMetadata(id, { alt_text: { text: image.alt } }));
        mediaIds.push(id);
      }
      const body = { text: payload.text, ...(mediaIds.length ? { media: { media_ids: mediaIds } } : {}) };
      const answer = await call('post', () => s.v2.post<{ data?: { id?: string } }>('tweets', body));
      const id = answer?.data?.id;
      if (!id) throw new PlatformError('unknown', 'X respondió sin el id de la publicación: se comprobará en la cuenta');
      return { id: String(id), url: xPostUrl(String(id)) };
    },

    async ownPosts(since): Promise<OwnPosts> {
      const s = required();
      const id = await userId(s);
      const posts: OwnPost[] = [];
      let token: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = { start_time: xTime(since), max_results: 100, 'tweet.fields': 'created_at', exclude: 'replies,retweets', ...(token ? { pagination_token: token } : {}) };
        const answer = await call('read', () => s.v2.get<{ data?: Array<{ id: string; text: string; created_at?: string }>; meta?: { next_token?: string } }>(`users/${id}/tweets`, query));
        for (const t of answer.data ?? []) posts.push({ id: String(t.id), text: t.text ?? '', url: xPostUrl(String(t.id)), createdAt: t.created_at ?? null });
        token = answer.meta?.next_token;
        if (!token) return { posts, complete: true };
      }
      return { posts, complete: false };
    },

    async probe() {
      const s = required();
      s.me = undefined;
      await userId(s);
    },
  };
}
