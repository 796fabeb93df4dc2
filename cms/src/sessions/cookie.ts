import type { Core } from '@strapi/strapi';
import { getEnv } from '@sigobito/config';
import { forbidden, unauthorized } from '../backoffice/errors';
import {
  COOKIE_TOKEN_TYPE,
  CSRF_HEADER,
  SESSION_COOKIE,
  cookieLifetimeSeconds,
  cookieSessionProblem,
  csrfProblem,
  loginTime,
  originOf,
  sessionCookieHeader,
  type SessionClaims,
  type SessionLimits,
} from '../domain/sessions/session-rules';
import type { JwtService } from './revocation';

/** Koa's context, as much of it as a session needs. */
export type HttpCtx = {
  method: string;
  protocol: string;
  host: string;
  secure: boolean;
  request: { header: Record<string, string | string[] | undefined> };
  cookies: { get: (name: string, opts?: { signed?: boolean }) => string | undefined };
  response: { get: (field: string) => unknown };
  set: (field: string, value: string | string[]) => void;
  state: Record<string, unknown>;
};

const jwt = (strapi: Core.Strapi) => strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;

const limits = (): SessionLimits => {
  const env = getEnv();
  return { idleMinutes: env.SESSION_IDLE_MINUTES, hours: env.SESSION_HOURS };
};

const headerValue = (ctx: HttpCtx, name: string): string | undefined => {
  const value = ctx.request.header[name];
  return Array.isArray(value) ? value[0] : value;
};

/** How the caller authenticates: an API client's bearer token wins over a cookie. */
export const transportOf = (ctx: HttpCtx): 'bearer' | 'cookie' => (headerValue(ctx, 'authorization') ? 'bearer' : 'cookie');

/** The CMS's own origins: the configured public address and the one this request came to. */
function ownOrigins(ctx: HttpCtx): string[] {
  return [originOf(getEnv().CMS_URL), `${ctx.protocol}://${ctx.host}`].filter((o): o is string => !!o);
}

/** 403 for a state-changing cookie request without the custom header or from a foreign origin. */
export function assertNotForged(ctx: HttpCtx) {
  const problem = csrfProblem({ method: ctx.method, header: headerValue(ctx, CSRF_HEADER), origin: headerValue(ctx, 'origin') }, ownOrigins(ctx));
  if (problem) throw forbidden();
}

/** Replaces any session cookie this answer already sets (a reissue) with this one. */
function putCookie(ctx: HttpCtx, header: string) {
  const current = ctx.response.get('Set-Cookie');
  const list = Array.isArray(current) ? current.map(String) : current ? [String(current)] : [];
  ctx.set('Set-Cookie', [...list.filter((c) => !c.startsWith(`${SESSION_COOKIE}=`)), header]);
}

const secure = (ctx: HttpCtx) => ctx.secure || getEnv().NODE_ENV === 'production';

/** Sets the httpOnly session cookie of a person who logged in at `loginAt` (ms); reissued on every use. */
export function setSessionCookie(strapi: Core.Strapi, ctx: HttpCtx, userId: number, loginAt: number) {
  const maxAge = cookieLifetimeSeconds(loginAt, Date.now(), limits());
  if (maxAge <= 0) return clearSessionCookie(ctx);
  const token = jwt(strapi).issue({ id: userId, typ: COOKIE_TOKEN_TYPE, loginAt }, { expiresIn: maxAge });
  putCookie(ctx, sessionCookieHeader(token, maxAge, secure(ctx)));
}

export function clearSessionCookie(ctx: HttpCtx) {
  putCookie(ctx, sessionCookieHeader('', 0, secure(ctx)));
}

/**
 * The claims of the request's session cookie: 401 without one, or for one that is forged,
 * expired, idle too long or ended (the dead cookie is deleted); 403 for a forged request.
 */
export async function cookieSession(strapi: Core.Strapi, ctx: HttpCtx): Promise<SessionClaims & { id: number; loginAt: number }> {
  const token = ctx.cookies.get(SESSION_COOKIE, { signed: false });
  if (!token) throw unauthorized('Inicie sesión');
  assertNotForged(ctx);
  let claims: SessionClaims;
  try {
    claims = await jwt(strapi).verify(token);
  } catch {
    clearSessionCookie(ctx);
    throw unauthorized();
  }
  const login = loginTime(claims);
  if (cookieSessionProblem(claims, Date.now(), limits()) || typeof claims.id !== 'number' || login === null) {
    clearSessionCookie(ctx);
    throw unauthorized();
  }
  return { ...claims, id: claims.id, loginAt: login };
}
