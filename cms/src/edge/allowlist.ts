/**
 * What the CMS answers to the outside world. Everything else Strapi mounts (its admin API,
 * the content manager, the content-type builder, and the admin and content-API routes of the
 * upload, i18n, email and users-permissions plugins) is not part of SIGOBito and answers 404
 * to every caller, logged in or not (issue 7, finding 1).
 *
 * An allow-list, so that a plugin or a Strapi upgrade that mounts new routes adds nothing:
 * - `/api/<segment>…` for the segments SIGOBito's own APIs (cms/src/api/*) declare
 *   (backoffice, public, calendar, and the public site's reads: places, themes, setting);
 * - `POST /api/auth/local`, the back office's login;
 * - the back office at `/backoffice/`, uploaded files at `/uploads/` (signed addresses only)
 *   and `/_health` for the start script and monitors.
 */
export type AllowList = {
  /** First path segments under /api that belong to SIGOBito's own APIs. */
  apiSegments: ReadonlySet<string>;
};

/**
 * Pure: the path as the router will match it (Strapi's router ignores case), or null when it
 * is one no client of ours sends: undecodable, or with empty, `.` or `..` segments or
 * backslashes that could make the router and this check disagree.
 */
export function normalisedPath(rawPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\\') || path.includes('\0')) return null;
  const segments = path.slice(1).split('/');
  // A trailing slash is one empty last segment, which the router tolerates.
  if (segments.slice(0, -1).some((s) => s === '' || s === '.' || s === '..') || segments.at(-1) === '.' || segments.at(-1) === '..') return null;
  return path.toLowerCase();
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Pure: whether a request may go on to Strapi's routers and static files. */
export function isAllowed(method: string, rawPath: string, list: AllowList): boolean {
  const path = normalisedPath(rawPath);
  if (path === null) return false;
  if (path === '/_health' || path === '/_health/') return method === 'GET' || method === 'HEAD';
  if (under(path, '/backoffice')) return true;
  // Files only at their literal address: an encoded or re-cased spelling (`/%75ploads/…`,
  // `/uploads%2F…`, `/Uploads/…`) would skip the signature check and reach the static server.
  if (path.startsWith('/uploads/')) return (method === 'GET' || method === 'HEAD') && rawPath.startsWith('/uploads/') && !rawPath.includes('%');
  // OPTIONS: a CORS preflight from an allowed origin (CORS_ORIGINS).
  if (path === '/api/auth/local' || path === '/api/auth/local/') return method === 'POST' || method === 'OPTIONS';
  const m = /^\/api\/([^/]+)(\/|$)/.exec(path);
  return !!m && list.apiSegments.has(m[1]);
}

/** Pure: the /api segments of SIGOBito's own content-API routes (`strapi.apis[*].routes`). */
export function apiSegmentsOf(apis: Record<string, { routes?: Record<string, { type?: string; routes?: Array<{ path?: unknown; config?: { prefix?: unknown } }> }> }>): Set<string> {
  const segments = new Set<string>();
  for (const api of Object.values(apis)) {
    for (const router of Object.values(api.routes ?? {})) {
      if (router.type !== undefined && router.type !== 'content-api') continue;
      for (const route of router.routes ?? []) {
        // A route mounted elsewhere (a custom prefix) is not under /api: it stays closed.
        if (route.config?.prefix !== undefined || typeof route.path !== 'string') continue;
        const m = /^\/([^/:()*]+)/.exec(route.path);
        if (m) segments.add(m[1].toLowerCase());
      }
    }
  }
  return segments;
}
