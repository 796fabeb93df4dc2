import { createHmac } from 'node:crypto';
import { carriedOut, faultPlan, startFakeServer, type Fault, type FaultPlan, type Handled, type ParsedRequest, type Reply } from './fake-platform';

/**
 * A local X API v2 for the calls SIGOBito makes, on 127.0.0.1: OAuth 1.0a user-context
 * signatures checked (HMAC-SHA1 over the method, address and query), the v2 media upload
 * (initialize, append, finalize) and media metadata (alt text), `POST /2/tweets`, `GET
 * /2/users/me` and the account's own posts `GET /2/users/:id/tweets` (listed as X lists them:
 * links as t.co addresses, one more for the images, `&` escaped). Posts and media are kept in
 * memory for tests to read; faults are injected per endpoint (fake-platform.ts).
 */
export type XEndpoint = 'tweet' | 'media' | 'metadata' | 'timeline' | 'me';

export type FakeMedia = { id: string; mediaType: string; bytes: Buffer; totalBytes: number; finalized: boolean; alt: string | null };
export type FakeTweet = { id: string; text: string; media: FakeMedia[]; createdAt: Date };

const KEYS = { X_API_KEY: 'fake-app-key', X_API_SECRET: 'fake-app-secret', X_ACCESS_TOKEN: '4242-fake-user-token', X_ACCESS_SECRET: 'fake-user-secret' };
const USER = { id: '4242', name: 'Municipio de Ejemplo', username: 'municipio_ejemplo' };

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The OAuth 1.0a parameters of an Authorization header. */
function oauthParams(header: string | undefined): Record<string, string> | null {
  if (!header?.startsWith('OAuth ')) return null;
  const out: Record<string, string> = {};
  for (const part of header.slice(6).split(',')) {
    const m = /^\s*([^=]+)="([^"]*)"\s*$/.exec(part);
    if (m) out[decodeURIComponent(m[1])] = decodeURIComponent(m[2]);
  }
  return out;
}

/** Whether the request is signed with these keys (RFC 5849: the signature base string of method, address and parameters). */
function signedWith(req: ParsedRequest, keys: typeof KEYS): boolean {
  const oauth = oauthParams(req.headers.authorization);
  if (!oauth || oauth.oauth_consumer_key !== keys.X_API_KEY || oauth.oauth_token !== keys.X_ACCESS_TOKEN || oauth.oauth_signature_method !== 'HMAC-SHA1') return false;
  const params: Array<[string, string]> = [...req.query.entries()];
  for (const [k, v] of Object.entries(oauth)) if (k !== 'oauth_signature' && k !== 'realm') params.push([k, v]);
  if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) params.push(...new URLSearchParams(req.raw.toString('utf8')).entries());
  const normalized = params
    .map(([k, v]) => [enc(k), enc(v)])
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = [req.method.toUpperCase(), enc(`http://${req.headers.host}${req.path}`), enc(normalized)].join('&');
  const expected = createHmac('sha1', `${enc(keys.X_API_SECRET)}&${enc(keys.X_ACCESS_SECRET)}`).update(base).digest('base64');
  return expected === oauth.oauth_signature;
}

/** How X lists a post's text: links shortened, one more link for attached media, `&<>` escaped. */
function listedText(tweet: FakeTweet): string {
  let n = 0;
  const text = tweet.text.replace(/https?:\/\/\S+/g, () => `https://t.co/L${tweet.id.slice(-4)}${n++}`);
  const withMedia = tweet.media.length ? `${text} https://t.co/M${tweet.id.slice(-4)}` : text;
  return withMedia.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const problem = (status: number, title: string, detail: string, headers?: Record<string, string>): Reply => ({ status, body: { title, detail, type: 'about:blank', status }, headers });

export type FakeX = FaultPlan<XEndpoint> & {
  url: string;
  /** Points the CMS at this server with valid keys. */
  env: Record<string, string>;
  tweets: FakeTweet[];
  media: Map<string, FakeMedia>;
  /** The account's posts with this text. */
  postsWithText: (text: string) => FakeTweet[];
  /** Refuses every call as X does revoked keys (401), until `restoreCredentials()`. */
  revokeCredentials: () => void;
  restoreCredentials: () => void;
  /** Refuse a post whose text the account already has (off by default, so a duplicate SIGOBito sent shows). */
  refuseDuplicates: boolean;
  /** Seconds until the reset a rate-limit answer states. */
  rateLimitResetSeconds: number;
  /** Every request received, in order. */
  requests: Array<{ method: string; path: string }>;
  /** The platform's clock (a soak runs simulated time): when posts are created, when a rate limit resets. */
  now: () => Date;
  releaseHeld: () => void;
  held: (n?: number) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startFakeX(): Promise<FakeX> {
  const plan = faultPlan<XEndpoint>();
  const tweets: FakeTweet[] = [];
  const media = new Map<string, FakeMedia>();
  let revoked = false;
  let nextId = 1_900_000_000_000_000_000n;
  const newId = () => String(nextId++);

  const fake: Partial<FakeX> = {};
  const unauthorized = () => problem(401, 'Unauthorized', 'Unauthorized');

  /** A faulted call's answer before anything is done (rate limit, 503, duplicate, 401), or null. */
  function refusal(endpoint: XEndpoint, applies?: (fault: Fault) => boolean): { fault: Fault | null; reply: Reply | null } {
    const fault = plan.take(endpoint, applies);
    switch (fault) {
      case 'rate_limit': {
        const reset = Math.floor(fake.now!().getTime() / 1000) + (fake.rateLimitResetSeconds ?? 900);
        return { fault, reply: problem(429, 'Too Many Requests', 'Too Many Requests', { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }) };
      }
      case 'unavailable':
        return { fault, reply: problem(503, 'Service Unavailable', 'Service Unavailable') };
      case 'duplicate':
        return { fault, reply: problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.') };
      case 'expired':
        return { fault, reply: unauthorized() };
      default:
        return { fault, reply: null };
    }
  }

  async function handle(req: ParsedRequest): Promise<Handled> {
    if (revoked || !signedWith(req, KEYS)) return unauthorized();
    const { method, path } = req;

    if (method === 'GET' && path === '/2/users/me') {
      const { fault, reply } = refusal('me');
      return reply ?? carriedOut(fault, { status: 200, body: { data: USER } }) ?? { status: 200, body: { data: USER } };
    }

    if (method === 'POST' && path === '/2/media/upload/initialize') {
      const { fault, reply } = refusal('media');
      if (reply) return reply;
      const body = req.json() as { media_type?: string; total_bytes?: number; media_category?: string };
      if (!body.media_type || !body.total_bytes) return problem(400, 'Invalid Request', 'media_type and total_bytes are required');
      const id = newId();
      media.set(id, { id, mediaType: body.media_type, bytes: Buffer.alloc(0), totalBytes: body.total_bytes, finalized: false, alt: null });
      const answer: Reply = { status: 200, body: { data: { id, media_key: `3_${id}`, expires_after_secs: 86400 } } };
      return carriedOut(fault, answer) ?? answer;
    }

    const append = /^\/2\/media\/upload\/(\d+)\/append$/.exec(path);
    if (method === 'POST' && append) {
      const item = media.get(append[1]);
      if (!item) return problem(400, 'Invalid Request', 'Unknown media id');
      const chunk = req.parts().get('media');
      if (!chunk) return problem(400, 'Invalid Request', 'media is required');
      item.bytes = Buffer.concat([item.bytes, chunk.data]);
      return { status: 200, body: {} };
    }

    const finalize = /^\/2\/media\/upload\/(\d+)\/finalize$/.exec(path);
    if (method === 'POST' && finalize) {
      const item = media.get(finalize[1]);
      if (!item) return problem(400, 'Invalid Request', 'Unknown media id');
      if (item.bytes.length !== item.totalBytes) return problem(400, 'Invalid Request', `Segments total ${item.bytes.length} bytes, expected ${item.totalBytes}`);
      item.finalized = true;
      return { status: 200, body: { data: { id: item.id, media_key: `3_${item.id}`, size: item.bytes.length, expires_after_secs: 86400 } } };
    }

    if (method === 'POST' && path === '/2/media/metadata') {
      const { fault, reply } = refusal('metadata');
      if (reply) return reply;
      const body = req.json() as { id?: string; metadata?: { alt_text?: { text?: string } } };
      const item = body.id ? media.get(body.id) : undefined;
      if (!item) return problem(400, 'Invalid Request', 'Unknown media id');
      const alt = body.metadata?.alt_text?.text ?? '';
      if (alt.length > 1000) return problem(400, 'Invalid Request', 'alt text is longer than 1000 characters');
      item.alt = alt;
      const answer: Reply = { status: 200, body: { data: { id: item.id, associated_metadata: { alt_text: { text: alt } } } } };
      return carriedOut(fault, answer) ?? answer;
    }

    if (method === 'POST' && path === '/2/tweets') {
      const body = req.json() as { text?: string; media?: { media_ids?: string[] } };
      const text = body.text ?? '';
      // X answers "duplicate" only about a text the account has.
      const { fault, reply } = refusal('tweet', (f) => f !== 'duplicate' || tweets.some((t) => t.text === text));
      if (reply) return reply;
      const ids = body.media?.media_ids ?? [];
      if (!text.trim() && !ids.length) return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
      if ([...text].length > 280) return problem(400, 'Invalid Request', 'Your Tweet text is too long.');
      const attached = ids.map((id) => media.get(id));
      if (attached.some((m) => !m?.finalized)) return problem(400, 'Invalid Request', 'Your media IDs are invalid.');
      if (fake.refuseDuplicates && tweets.some((t) => t.text === text)) return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
      const tweet: FakeTweet = { id: newId(), text, media: attached as FakeMedia[], createdAt: fake.now!() };
      tweets.push(tweet);
      const answer: Reply = { status: 201, body: { data: { id: tweet.id, text: tweet.text, edit_history_tweet_ids: [tweet.id] } } };
      return carriedOut(fault, answer) ?? answer;
    }

    const timeline = /^\/2\/users\/(\d+)\/tweets$/.exec(path);
    if (method === 'GET' && timeline) {
      const { fault, reply } = refusal('timeline');
      if (reply) return reply;
      if (timeline[1] !== USER.id) return problem(403, 'Forbidden', 'Not your timeline');
      const start = req.query.get('start_time');
      if (start && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(start)) return problem(400, 'Invalid Request', `Invalid start_time: ${start}`);
      const max = Math.min(100, Math.max(5, Number(req.query.get('max_results') ?? 10)));
      const from = Number(req.query.get('pagination_token') ?? 0);
      const mine = tweets.filter((t) => !start || t.createdAt.getTime() >= Date.parse(start)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
      const page = mine.slice(from, from + max);
      const answer: Reply = {
        status: 200,
        body: {
          ...(page.length ? { data: page.map((t) => ({ id: t.id, text: listedText(t), created_at: t.createdAt.toISOString(), edit_history_tweet_ids: [t.id] })) } : {}),
          meta: { result_count: page.length, ...(from + max < mine.length ? { next_token: String(from + max) } : {}) },
        },
      };
      return carriedOut(fault, answer) ?? answer;
    }

    return problem(404, 'Not Found Error', `No route for ${method} ${path}`);
  }

  const server = await startFakeServer(handle);
  return Object.assign(fake, plan, {
    url: server.url,
    env: { ...KEYS, X_API_URL: server.url },
    tweets,
    media,
    postsWithText: (text: string) => tweets.filter((t) => t.text === text),
    revokeCredentials: () => {
      revoked = true;
    },
    restoreCredentials: () => {
      revoked = false;
    },
    refuseDuplicates: false,
    rateLimitResetSeconds: 900,
    requests: server.requests,
    now: () => new Date(),
    releaseHeld: server.releaseHeld,
    held: server.held,
    stop: server.stop,
  }) as FakeX;
}
