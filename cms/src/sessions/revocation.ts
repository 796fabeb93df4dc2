import type { Core } from '@strapi/strapi';
import { readCache } from '../cluster/read-cache';
import { COOKIE_TOKEN_TYPE, isRevoked, sessionsEndAt, type SessionClaims } from '../domain/sessions/session-rules';
import { VerifiedTokens } from '../domain/sessions/verified-tokens';

export const USER_UID = 'plugin::users-permissions.user';

/** Who is behind a token (account, role, member, sessions' end), cached briefly and dropped on any change: cluster/read-cache.ts. */
export const identities = readCache('identities', [USER_UID, 'plugin::users-permissions.role', 'api::member.member']);

/** The users-permissions JWT service, as much of it as SIGOBito wraps. */
export type JwtService = {
  getToken: (ctx: unknown) => Promise<SessionClaims | null> | null;
  issue: (payload: Record<string, unknown>, options?: Record<string, unknown>) => string;
  verify: (token: string) => Promise<SessionClaims>;
};

export type AccountRow = { id: number; username: string; email: string; blocked: boolean; role?: { type: string }; sessionsValidAfter: number | null };
export type MemberRow = { id: number; documentId: string; fullName: string; active: boolean };
export type Identity = { user: AccountRow | null; member: MemberRow | null };

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
type Meta = { tableName: string; attributes: Record<string, { columnName?: string; joinTable?: JoinTable }> };
type Knex = (table: string) => KnexQuery;
type KnexQuery = {
  leftJoin: (table: string, a: string, b: string) => KnexQuery;
  where: (column: string, value: unknown) => KnexQuery;
  select: (...columns: string[]) => KnexQuery;
  orderByRaw: (sql: string) => KnexQuery;
  first: () => Promise<Record<string, unknown> | undefined>;
};

const toMs = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const ms = (v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v))).getTime();
  return Number.isNaN(ms) ? null : ms;
};

/**
 * The account, its role, when its sessions were last ended and its member profile, in one
 * statement (the users-permissions and member tables joined through their link tables, names
 * from Strapi's metadata), cached briefly: every request with a session reads it.
 */
export async function identityOf(strapi: Core.Strapi, id: number): Promise<Identity> {
  return identities.get(`user:${id}`, async () => {
    const meta = (uid: string) => (strapi.db as unknown as { metadata: { get: (u: string) => Meta } }).metadata.get(uid);
    const users = meta(USER_UID);
    const roleLink = users.attributes.role.joinTable!;
    const members = meta('api::member.member');
    const memberLink = members.attributes.user.joinTable!;
    const col = (m: Meta, attribute: string, fallback: string) => m.attributes[attribute]?.columnName ?? fallback;
    const row = await (strapi.db.connection as unknown as Knex)(`${users.tableName} as u`)
      .leftJoin(`${roleLink.name} as ul`, `ul.${roleLink.joinColumn.name}`, 'u.id')
      .leftJoin(`${meta('plugin::users-permissions.role').tableName} as r`, 'r.id', `ul.${roleLink.inverseJoinColumn.name}`)
      .leftJoin(`${memberLink.name} as ml`, `ml.${memberLink.inverseJoinColumn.name}`, 'u.id')
      .leftJoin(`${members.tableName} as m`, 'm.id', `ml.${memberLink.joinColumn.name}`)
      .where('u.id', id)
      .select(
        'u.id as user_id',
        'u.username as username',
        'u.email as email',
        'u.blocked as blocked',
        `u.${col(users, 'sessionsValidAfter', 'sessions_valid_after')} as sessions_valid_after`,
        'r.type as role_type',
        'm.id as member_id',
        `m.${col(members, 'documentId', 'document_id')} as member_document_id`,
        `m.${col(members, 'fullName', 'full_name')} as member_full_name`,
        'm.active as member_active',
      )
      // A link to a member that is gone (no row) never hides the one that exists.
      .orderByRaw('m.id is null, m.id')
      .first();
    if (!row) return { user: null, member: null };
    const user: AccountRow = {
      id: Number(row.user_id),
      username: String(row.username),
      email: String(row.email),
      blocked: !!row.blocked,
      ...(row.role_type ? { role: { type: String(row.role_type) } } : {}),
      sessionsValidAfter: toMs(row.sessions_valid_after),
    };
    const member: MemberRow | null =
      row.member_id === null || row.member_id === undefined
        ? null
        : { id: Number(row.member_id), documentId: String(row.member_document_id), fullName: String(row.member_full_name), active: !!row.member_active };
    return { user, member };
  });
}

/** When the user's sessions were last ended (ms), or null: every session is as good as its token. */
export async function sessionsValidAfter(strapi: Core.Strapi, userId: unknown): Promise<number | null> {
  const id = typeof userId === 'number' ? userId : typeof userId === 'string' && /^\d+$/.test(userId) ? Number(userId) : null;
  if (id === null) return null;
  return (await identityOf(strapi, id)).user?.sessionsValidAfter ?? null;
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
  // The signature is checked once a minute per token at most; whether its session was ended, every time.
  const verified = new VerifiedTokens();
  const wrapped: JwtService = {
    ...service,
    issue: (payload, options) => service.issue({ loginAt: Date.now(), ...payload }, options),
    async verify(token) {
      let claims = typeof token === 'string' ? verified.get(token, Date.now()) : undefined;
      if (!claims) {
        claims = await service.verify(token);
        if (typeof token === 'string') verified.remember(token, claims, Date.now());
      }
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
