import { carriedOut, faultPlan, startFakeServer, type Fault, type FaultPlan, type Handled, type ParsedRequest, type Part, type Reply } from './fake-platform';

/**
 * A local Graph API for one Facebook Page, on 127.0.0.1: the Page token checked (bearer header
 * or access_token), unpublished photos with their alt text (`POST /{page}/photos`), Page posts
 * with a link or attached photos (`POST /{page}/feed`), the Page's published posts since a
 * moment with cursor paging (`GET /{page}/published_posts`) and the Page itself. Errors as the
 * Graph API gives them (`{ error: { message, type, code, error_subcode, fbtrace_id } }`),
 * rate limits with Meta's usage header; faults injected per endpoint (fake-platform.ts).
 */
export type FacebookEndpoint = 'feed' | 'photo' | 'posts' | 'page';

export type FakePhoto = { id: string; bytes: Buffer; mime: string; alt: string | null; published: boolean };
export type FakePagePost = { id: string; message: string; link: string | null; photos: FakePhoto[]; createdAt: Date };

const PAGE_ID = '1029384756';

/** A POST's fields, whether sent as a form or as multipart (with files). */
type Form = { get: (name: string) => string | null; file: (name: string) => Part | null };
function formOf(req: ParsedRequest, contentType: string): Form {
  if (contentType.startsWith('multipart/')) {
    const parts = req.parts();
    return { get: (name) => parts.get(name)?.text() ?? null, file: (name) => parts.get(name) ?? null };
  }
  const fields = new URLSearchParams(req.raw.toString('utf8'));
  return { get: (name) => fields.get(name), file: () => null };
}
const TOKEN = 'EAAG-fake-page-token';

const graphError = (status: number, code: number, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Reply => ({
  status,
  body: { error: { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, ...extra, fbtrace_id: 'AFakeTrace' } },
  headers,
});

export type FakeFacebook = FaultPlan<FacebookEndpoint> & {
  url: string;
  pageId: string;
  /** Points the CMS at this server with a valid Page token. */
  env: Record<string, string>;
  posts: FakePagePost[];
  photos: Map<string, FakePhoto>;
  postsWithText: (message: string) => FakePagePost[];
  /** Refuses every call as an expired token (190), until `restoreCredentials()`. */
  revokeCredentials: () => void;
  restoreCredentials: () => void;
  /** Minutes Meta estimates before calls are allowed again, in a rate-limit answer. */
  rateLimitMinutes: number;
  /** Every request received, in order. */
  requests: Array<{ method: string; path: string }>;
  /** The platform's clock (a soak runs simulated time): when posts are created, when a rate limit resets. */
  now: () => Date;
  releaseHeld: () => void;
  held: (n?: number) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startFakeFacebook(opts: { version?: string } = {}): Promise<FakeFacebook> {
  const version = opts.version ?? 'v25.0';
  const plan = faultPlan<FacebookEndpoint>();
  const posts: FakePagePost[] = [];
  const photos = new Map<string, FakePhoto>();
  let revoked = false;
  let next = 5_000_000_000;
  const newId = () => String(next++);
  const fake: Partial<FakeFacebook> = {};

  const expired = () => graphError(400, 190, 'Error validating access token: Session has expired on Monday, 04-May-26 15:00:00 PDT.', { error_subcode: 463 });

  function tokenOf(req: ParsedRequest, form: Form | null): string | null {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice(7);
    return req.query.get('access_token') ?? form?.get('access_token') ?? null;
  }

  function refusal(endpoint: FacebookEndpoint, applies?: (fault: Fault) => boolean) {
    const fault = plan.take(endpoint, applies);
    switch (fault) {
      case 'rate_limit': {
        const usage = JSON.stringify({ call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: fake.rateLimitMinutes ?? 10 });
        return { fault, reply: graphError(400, 32, 'Page request limit reached', {}, { 'x-page-usage': usage }) };
      }
      case 'unavailable':
        return { fault, reply: graphError(503, 2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true }) };
      case 'duplicate':
        return { fault, reply: graphError(400, 506, 'Duplicate status message', { error_user_msg: 'This status update is identical to the last one you posted.' }) };
      case 'expired':
        return { fault, reply: expired() };
      default:
        return { fault, reply: null };
    }
  }

  async function handle(req: ParsedRequest): Promise<Handled> {
    const type = String(req.headers['content-type'] ?? '');
    const form = req.method === 'POST' ? formOf(req, type) : null;
    const [, v, node, edge] = req.path.split('/');
    if (v !== version) return graphError(400, 2635, `Unsupported API version ${v}`);
    if (revoked || tokenOf(req, form) !== TOKEN) return expired();
    if (node !== PAGE_ID) return graphError(400, 100, `Unsupported ${req.method.toLowerCase()} request. Object with ID '${node}' does not exist`, { error_subcode: 33 });

    if (req.method === 'GET' && !edge) {
      const { fault, reply } = refusal('page');
      const answer: Reply = { status: 200, body: { id: PAGE_ID } };
      return reply ?? carriedOut(fault, answer) ?? answer;
    }

    if (req.method === 'POST' && edge === 'photos') {
      const { fault, reply } = refusal('photo');
      if (reply) return reply;
      const source = form?.file('source');
      if (!source) return graphError(400, 324, 'Requires upload file');
      const photo: FakePhoto = { id: newId(), bytes: source.data, mime: source.contentType ?? 'application/octet-stream', alt: form?.get('alt_text_custom') ?? null, published: form?.get('published') !== 'false' };
      photos.set(photo.id, photo);
      const answer: Reply = { status: 200, body: { id: photo.id } };
      return carriedOut(fault, answer) ?? answer;
    }

    if (req.method === 'POST' && edge === 'feed') {
      const message = String(form?.get('message') ?? '');
      // The Graph API answers "duplicate" only about a text the Page has.
      const { fault, reply } = refusal('feed', (f) => f !== 'duplicate' || posts.some((p) => p.message === message));
      if (reply) return reply;
      const link = form?.get('link') ?? null;
      const attached: FakePhoto[] = [];
      for (let i = 0; form?.get(`attached_media[${i}]`); i++) {
        const { media_fbid } = JSON.parse(String(form.get(`attached_media[${i}]`))) as { media_fbid?: string };
        const photo = media_fbid ? photos.get(media_fbid) : undefined;
        if (!photo || photo.published) return graphError(400, 100, `(#100) Invalid attached_media: ${media_fbid}`);
        attached.push(photo);
      }
      if (!message.trim() && !link && !attached.length) return graphError(400, 100, '(#100) Missing message or attachment');
      const post: FakePagePost = { id: `${PAGE_ID}_${newId()}`, message, link, photos: attached, createdAt: fake.now!() };
      posts.push(post);
      const answer: Reply = { status: 200, body: { id: post.id } };
      return carriedOut(fault, answer) ?? answer;
    }

    if (req.method === 'GET' && edge === 'published_posts') {
      const { fault, reply } = refusal('posts');
      if (reply) return reply;
      const since = Number(req.query.get('since') ?? 0);
      const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 25)));
      const after = Number(req.query.get('after') ?? 0);
      const mine = posts.filter((p) => p.createdAt.getTime() >= since * 1000).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      const page = mine.slice(after, after + limit);
      const nextQuery = new URLSearchParams(req.query);
      nextQuery.set('after', String(after + limit));
      const answer: Reply = {
        status: 200,
        body: {
          data: page.map((p) => ({ id: p.id, message: p.message, created_time: p.createdAt.toISOString().replace(/\.\d{3}Z$/, '+0000'), permalink_url: `https://www.facebook.com/${p.id}` })),
          paging: { cursors: { before: String(after), after: String(after + limit) }, ...(after + limit < mine.length ? { next: `${server.url}${req.path}?${nextQuery}` } : {}) },
        },
      };
      return carriedOut(fault, answer) ?? answer;
    }

    return graphError(400, 100, `Unsupported ${req.method.toLowerCase()} request: ${req.path}`);
  }

  const server = await startFakeServer(handle);
  return Object.assign(fake, plan, {
    url: server.url,
    pageId: PAGE_ID,
    env: { FACEBOOK_PAGE_ID: PAGE_ID, FACEBOOK_PAGE_TOKEN: TOKEN, FACEBOOK_GRAPH_URL: server.url, FACEBOOK_GRAPH_VERSION: version },
    posts,
    photos,
    postsWithText: (message: string) => posts.filter((p) => p.message === message),
    revokeCredentials: () => {
      revoked = true;
    },
    restoreCredentials: () => {
      revoked = false;
    },
    rateLimitMinutes: 10,
    requests: server.requests,
    now: () => new Date(),
    releaseHeld: server.releaseHeld,
    held: server.held,
    stop: server.stop,
  }) as FakeFacebook;
}
