import type { Core } from '@strapi/strapi';
import { BadRequest, badRequestBody, zodErrors, type FieldError } from '../backoffice/errors';
import { loadBackofficeUser } from '../backoffice/auth';
import type { BackofficeUser } from '../backoffice/types';
import { passwordSchema } from './password';
import { assertNotForged, setSessionCookie, transportOf, type HttpCtx } from './cookie';
import { sessionsValidAfter, USER_UID, type JwtService } from './revocation';

type UserService = {
  validatePassword: (password: string, hash: string) => Promise<boolean>;
  edit: (id: number, data: Record<string, unknown>) => Promise<unknown>;
};
const users = (strapi: Core.Strapi) => strapi.plugin('users-permissions').service('user') as unknown as UserService;
const jwt = (strapi: Core.Strapi) => strapi.plugin('users-permissions').service('jwt') as unknown as JwtService;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A route middleware that answers 400 for a body with any other field than these. Besides
 * refusing what the call does not take, it runs before users-permissions' rate limiter, which
 * would count a request with an `email` field in a bucket of its own: a made-up e-mail per
 * attempt must not buy a fresh allowance.
 */
export const acceptOnly =
  (fields: readonly string[]) =>
  async (ctx: { request: { body?: unknown }; status: number; body: unknown }, next: () => Promise<void>) => {
    const body = ctx.request.body ?? {};
    const errors: FieldError[] = isObject(body)
      ? Object.keys(body)
          .filter((k) => !fields.includes(k))
          .map((k): FieldError => ({ path: k, code: 'unknown', message: 'Campo no admitido' }))
      : [{ path: 'body', code: 'invalid', params: { variant: 'fields', fields: [...fields] }, message: `Envíe un objeto con ${fields.join(' y ')}` }];
    if (errors.length) {
      ctx.status = 400;
      ctx.body = badRequestBody(new BadRequest(errors));
      return;
    }
    await next();
  };

const requiredText = (body: Record<string, unknown>, field: string, errors: FieldError[]): string => {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    errors.push(
      typeof value === 'string' || value === undefined
        ? { path: field, code: 'required', message: 'Es obligatorio' }
        : { path: field, code: 'required', params: { variant: 'text' }, message: 'Debe ser un texto' },
    );
    return '';
  }
  return value;
};

/**
 * The browser's login: checks the password like users-permissions does, refuses whoever may not
 * use the back office (blocked, inactive member, another role: 401), and starts a session in an
 * httpOnly cookie. Answers who logged in; never a token.
 */
export async function loginWithPassword(strapi: Core.Strapi, ctx: HttpCtx & { request: { body?: unknown } }): Promise<BackofficeUser> {
  assertNotForged(ctx);
  const body = isObject(ctx.request.body) ? ctx.request.body : {};
  const errors: FieldError[] = [];
  const identifier = requiredText(body, 'identifier', errors);
  const password = requiredText(body, 'password', errors);
  if (errors.length) throw new BadRequest(errors);
  const user = (await strapi.db.query(USER_UID).findOne({
    where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
    select: ['id', 'password'],
  })) as { id: number; password: string | null } | null;
  if (!user?.password || !(await users(strapi).validatePassword(password, user.password))) {
    throw new BadRequest([{ path: 'password', code: 'invalid_credentials', message: 'Usuario o contraseña incorrectos' }]);
  }
  const me = await loadBackofficeUser(strapi, user.id);
  setSessionCookie(strapi, ctx, me.id, Date.now());
  return me;
}

/**
 * A person changes their own password (the current one is required). Every other session of
 * theirs ends; the one making the change continues with a fresh session: a new cookie for the
 * browser, a new bearer token in the answer for an API client. Recorded in the account's history.
 */
export async function changeOwnPassword(strapi: Core.Strapi, ctx: HttpCtx & { request: { body?: unknown } }, me: BackofficeUser) {
  const body = isObject(ctx.request.body) ? ctx.request.body : {};
  const errors: FieldError[] = [];
  const currentPassword = requiredText(body, 'currentPassword', errors);
  const parsed = passwordSchema.safeParse(body.password);
  if (!parsed.success) errors.push(...zodErrors(parsed.error.issues.slice(0, 1), { pathOf: () => 'password' }));
  if (errors.length || !parsed.success) throw new BadRequest(errors);
  const stored = (await strapi.db.query(USER_UID).findOne({ where: { id: me.id }, select: ['password'] })) as { password: string | null } | null;
  if (!stored?.password || !(await users(strapi).validatePassword(currentPassword, stored.password))) {
    throw new BadRequest([{ path: 'currentPassword', code: 'invalid', params: { variant: 'current_password' }, message: 'La contraseña actual no es correcta' }]);
  }
  if (parsed.data === currentPassword) throw new BadRequest([{ path: 'password', code: 'unchanged', message: 'Debe ser distinta de la actual' }]);
  // Through the Document Service: the audit trail records it and the session middleware ends the other sessions.
  await users(strapi).edit(me.id, { password: parsed.data });
  const loginAt = Math.max(Date.now(), (await sessionsValidAfter(strapi, me.id)) ?? 0);
  if (transportOf(ctx) === 'cookie') {
    setSessionCookie(strapi, ctx, me.id, loginAt);
    return { changed: true };
  }
  return { changed: true, jwt: jwt(strapi).issue({ id: me.id, loginAt }) };
}
