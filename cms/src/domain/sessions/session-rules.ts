/**
 * The rules of a back-office session, as pure functions of the token's claims and `now`.
 *
 * The browser holds its session in an httpOnly cookie (no script can read it); API clients and
 * the test suites send a bearer token from POST /api/auth/local. Both are JWTs signed with
 * JWT_SECRET and both end when the person logs out, changes their password or is deactivated.
 */

/** The cookie's name: scoped to /api, where the only reader is the CMS. */
export const SESSION_COOKIE = 'sigobito_session';
export const SESSION_COOKIE_PATH = '/api';
/** The `typ` claim of a cookie session: such a token is never accepted as a bearer token. */
export const COOKIE_TOKEN_TYPE = 'backoffice-session';

/**
 * The header every state-changing request authenticated by the cookie carries. A cross-site form
 * cannot set a header, and a cross-site script may not send it without the CORS preflight the
 * CMS refuses.
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'sigobito';

export type SessionLimits = { idleMinutes: number; hours: number };

/** What a token carries besides the user id: `loginAt` (ms) is when the person typed their password. */
export type SessionClaims = { id?: unknown; iat?: unknown; loginAt?: unknown; typ?: unknown };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * When the person logged in, in ms. Tokens issued before `loginAt` existed (and any token a
 * client signs itself) fall back to `iat`, the second it was issued.
 */
export function loginTime(claims: SessionClaims): number | null {
  if (isNumber(claims.loginAt)) return claims.loginAt;
  return isNumber(claims.iat) ? claims.iat * 1000 : null;
}

/**
 * A session is revoked when it began before the user's sessions were last ended (logout,
 * password change, deactivation or reactivation). Comparing the login time, not the time the
 * cookie was last reissued, keeps a request that was in flight during a logout from bringing
 * the session back.
 */
export function isRevoked(claims: SessionClaims, sessionsValidAfter: number | null): boolean {
  if (sessionsValidAfter === null) return false;
  const login = loginTime(claims);
  return login === null || login < sessionsValidAfter;
}

/**
 * The instant from which every earlier session is refused: one millisecond after now, so a token
 * issued in this very millisecond, before the change, is refused too.
 */
export const sessionsEndAt = (nowMs: number): number => nowMs + 1;

export type CookieSessionProblem = 'not-a-session' | 'idle' | 'expired';

/**
 * Why a cookie session may no longer be used, or null. `iat` is the last use (the cookie is
 * reissued on every request): older than the idle limit ends it; the login older than
 * SESSION_HOURS ends it however active the person is.
 */
export function cookieSessionProblem(claims: SessionClaims, nowMs: number, limits: SessionLimits): CookieSessionProblem | null {
  const login = loginTime(claims);
  if (claims.typ !== COOKIE_TOKEN_TYPE || !isNumber(claims.iat) || login === null) return 'not-a-session';
  if (nowMs - claims.iat * 1000 > limits.idleMinutes * 60_000) return 'idle';
  if (nowMs - login > limits.hours * 3_600_000) return 'expired';
  return null;
}

/** Seconds the cookie issued now stays valid: the idle limit, or what is left of the absolute cap. */
export function cookieLifetimeSeconds(loginAt: number, nowMs: number, limits: SessionLimits): number {
  const untilCap = loginAt + limits.hours * 3_600_000 - nowMs;
  return Math.max(0, Math.floor(Math.min(limits.idleMinutes * 60_000, untilCap) / 1000));
}

/** The Set-Cookie value of a session cookie; `maxAgeSeconds` 0 deletes it. */
export function sessionCookieHeader(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    `Path=${SESSION_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    ...(maxAgeSeconds === 0 ? ['Expires=Thu, 01 Jan 1970 00:00:00 GMT'] : []),
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CsrfProblem = 'missing-header' | 'foreign-origin';

/**
 * Cross-site request forgery guard for requests authenticated by the cookie (SameSite=Strict is
 * the first line): an Origin, when the browser sends one, must be one of the CMS's own — on
 * reads too, since a sibling site (the public site on the same registrable domain) is
 * "same-site" and gets the cookie sent; a state-changing request must also carry the custom
 * header.
 */
export function csrfProblem(request: { method: string; header: string | undefined; origin: string | undefined }, ownOrigins: readonly string[]): CsrfProblem | null {
  if (request.origin !== undefined && !ownOrigins.includes(request.origin)) return 'foreign-origin';
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.header !== CSRF_HEADER_VALUE) return 'missing-header';
  return null;
}

/** The origin (`scheme://host[:port]`) of a URL, or null when it is not one. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
