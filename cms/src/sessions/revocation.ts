import type { Core } from '@strapi/strapi';
import { readCache } from '../cluster/read-cache';
import { COOKIE_TOKEN_TYPE, isRevoked, sessionsEndAt, type SessionClaims } from '../domain/sessions/session-rules';

export const USER_UID = 'plugin::users-permissions.user';

/** Who is behind a token (account, role, member, sessions' end), cached briefly and dropped on any change: cluster/read-cache.ts. */
export const identities = readCache('identities', [USER_UID, 'plugin::users-permissions.role', 'api::member.member']);

/** The users-permissions JWT service, as much of it as SIGOBito wraps. */
export type JwtService = {
  getToken: (ctx: unknown) => Promise<SessionClaims | null> | null;
  issue: (payload: Record<string, unknown>, options?: Record<string, unknown>) => string;
  verify: (token: string) => Promise<SessionClaims>;
};

/** When the user's sessions were last ended (ms), or null: every session is as good as its token. */
export async function sessionsValidAfter(strapi: Core.Strapi, userId: unknown): Promise<number | null> {
  if (typeof userId !== 'number' && typeof userId !== 'string') return null;
  return identities.get(`sessions:${userId}`, async () => {
    const row = (await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['sessionsValidAfter'] })) as { sessionsValidAfter?: string | Date | null } | null;
    if (!row?.sessionsValidAfter) return null;
    const ms = new Date(row.sessionsValidAfter).getTime();
    return Number.isNaN(ms) ? null : ms;
  });
}

/**
 * Ends every session of a user, in every browser and API client (logout). Written directly: an
 * ended session is not a change of the account's data, so it is not in the change log.
 */
export async function endSessions(strapi: Core.Strapi, userId: number): Promise<number> {
  const at = sessionsEndAt(Date.now());
  await strapi.db.query(USER_UID).update({ where: { id: userId }, data: { sessionsValidAfter: new Date(at) } });
  return at;
}

/**
 * The users-permissions JWT service with SIGOBito's session rules: every token it issues records
 * when the person logged in (`loginAt`), and a token of a user whose sessions were ended since is
 * refused — for the back office and for users-permissions' own routes alike. A browser session
 * token is refused as a bearer token: it only comes in its httpOnly cookie.
 */
export function withSessionRevocation(strapi: Core.Strapi, service: JwtService): JwtService {
  const invalid = () => new Error('Invalid token.');
  const wrapped: JwtService = {
    ...service,
    issue: (payload, options) => service.issue({ loginAt: Date.now(), ...payload }, options),
    async verify(token) {
      const claims = await service.verify(token);
      if (isRevoked(claims, await sessionsValidAfter(strapi, claims.id))) throw invalid();
      return claims;
    },
    async getToken(ctx) {
      // users-permissions' getToken calls `this.verify`: the wrapped one, with revocation.
      const claims = await service.getToken.call(wrapped, ctx);
      if (claims?.typ === COOKIE_TOKEN_TYPE) throw invalid();
      return claims;
    },
  };
  return wrapped;
}

type DocumentsMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Setting a user's password or changing their `blocked` flag (a password change by anyone,
 * deactivation, reactivation) ends every earlier session of that user, whichever way the write
 * comes (the back office, the users-permissions service, Strapi's admin).
 */
export function registerSessionEnd(strapi: Core.Strapi) {
  type Params = { documentId?: string; data?: Record<string, unknown> };
  const blockedChanges = async (params: Params) => {
    if (!params.data || !Object.hasOwn(params.data, 'blocked')) return false;
    const stored = (await strapi.db.query(USER_UID).findOne({ where: { documentId: params.documentId }, select: ['blocked'] })) as { blocked: boolean | null } | null;
    return !!stored?.blocked !== !!params.data.blocked;
  };
  const middleware = async (ctx: { uid: string; action: string; params?: Params }, next: () => Promise<unknown>) => {
    const params = ctx.params ?? {};
    if (ctx.uid === USER_UID && ctx.action === 'update' && params.data && (Object.hasOwn(params.data, 'password') || (await blockedChanges(params)))) {
      params.data.sessionsValidAfter = new Date(sessionsEndAt(Date.now()));
    }
    return next();
  };
  strapi.documents.use(middleware as unknown as DocumentsMiddleware);
}
