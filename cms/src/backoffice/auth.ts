import type { Core } from '@strapi/strapi';
import { isRole } from '@sigobito/config';
import { unauthorized } from './errors';
import type { BackofficeUser } from './types';
import { cookieSession, setSessionCookie, transportOf, type HttpCtx } from '../sessions/cookie';
import { identityOf, type JwtService } from '../sessions/revocation';

/**
 * Who is calling: a valid session of an unblocked user whose role is one of SIGOBito's and whose
 * member profile (if any) is active. The session is the browser's httpOnly cookie (reissued on
 * every use: the idle timeout slides) or an API client's bearer token from POST /api/auth/local;
 * either one ends when the user logs out, changes their password or is deactivated (the JWT
 * service refuses it). Anything else is a 401; a forged cookie request is a 403.
 */
export async function authenticate(strapi: Core.Strapi, ctx: HttpCtx): Promise<BackofficeUser> {
  if (transportOf(ctx) === 'bearer') {
    let payload: { id?: unknown } | null;
    try {
      payload = await (strapi.plugin('users-permissions').service('jwt') as unknown as JwtService).getToken(ctx);
    } catch {
      throw unauthorized();
    }
    if (typeof payload?.id !== 'number') throw unauthorized();
    return identify(ctx, await loadBackofficeUser(strapi, payload.id));
  }
  const session = await cookieSession(strapi, ctx);
  const me = await loadBackofficeUser(strapi, session.id);
  setSessionCookie(strapi, ctx, me.id, session.loginAt);
  return identify(ctx, me);
}

/** Who the audit trail names (nothing secret: no token, nothing a script could use). */
function identify(ctx: HttpCtx, me: BackofficeUser): BackofficeUser {
  ctx.state.user = { id: me.id, username: me.username, fullName: me.member?.fullName };
  return me;
}

/** The back-office user of an account, or a 401 when it may not use the back office. */
export async function loadBackofficeUser(strapi: Core.Strapi, id: number): Promise<BackofficeUser> {
  const { user, member } = await identityOf(strapi, id);
  if (!user || user.blocked || !isRole(user.role?.type)) throw unauthorized();
  if (member && !member.active) throw unauthorized('Cuenta desactivada');
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    role: user.role!.type as BackofficeUser['role'],
    member: member ? { id: member.id, documentId: member.documentId, fullName: member.fullName } : null,
  };
}
