import { can, permissionsOf, ROLE_LABELS } from '@sigobito/config';
import { authenticate } from '../../../backoffice/auth';
import * as engine from '../../../backoffice/engine';
import { BadRequest, badRequestBody, HttpProblem, notFound, forbidden, type FieldError } from '../../../backoffice/errors';
import { actionFor, resourceByName } from '../../../backoffice/registry';
import type { ActionDef, BackofficeUser, ResourceDef } from '../../../backoffice/types';
import { uploadFiles } from '../../../backoffice/uploads';
import { clearSessionCookie, type HttpCtx } from '../../../sessions/cookie';
import { changeOwnPassword, loginWithPassword } from '../../../sessions/login';
import { endSessions } from '../../../sessions/revocation';

// Koa's context, as much of it as we use.
type Ctx = HttpCtx & {
  params: Record<string, string>;
  state: { route?: { method: string; path: string } };
  query: Record<string, unknown>;
  request: { body?: unknown; files?: Record<string, unknown> };
  status: number;
  body: unknown;
};

function resolve(name: string): ResourceDef {
  const def = resourceByName(name);
  if (!def) throw notFound();
  return def;
}

/** Runs one back-office call: authenticates, maps our errors to HTTP answers. */
async function handle(ctx: Ctx, fn: (user: BackofficeUser) => Promise<unknown>) {
  await answer(ctx, async () => fn(await authenticate(strapi, ctx)));
}

/** Maps our errors to HTTP answers. */
async function answer(ctx: Ctx, fn: () => Promise<unknown>) {
  try {
    const body = await fn();
    if (body !== undefined) ctx.body = body;
  } catch (e) {
    if (e instanceof BadRequest) {
      ctx.status = 400;
      ctx.body = badRequestBody(e);
    } else if (e instanceof HttpProblem) {
      ctx.status = e.status;
      ctx.body = { message: e.message, error: { status: e.status, name: e.name, message: e.message } };
    } else if (isStrapiValidation(e)) {
      ctx.status = 400;
      ctx.body = badRequestBody(new BadRequest(strapiErrors(e)));
    } else {
      throw e;
    }
  }
}

type StrapiValidation = { name: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
const isStrapiValidation = (e: unknown): e is StrapiValidation => !!e && typeof e === 'object' && (e as { name?: string }).name === 'ValidationError';
const strapiErrors = (e: StrapiValidation): FieldError[] =>
  e.details?.errors?.length
    ? e.details.errors.map((x) => ({ path: x.path.join('.') || 'body', code: 'invalid', message: x.message }))
    : [{ path: 'body', code: 'invalid', message: e.message }];

/** An action's permission: every matrix right it names (or any signed-in role; its handler checks the rest). */
function assertPermission(user: BackofficeUser, action: ActionDef) {
  if (action.permission === 'signed-in') return;
  for (const p of [action.permission].flat()) if (!can(user.role, p.resource, p.action)) throw forbidden();
}

const setRange = (ctx: Ctx, name: string, start: number, count: number, total: number) =>
  ctx.set('Content-Range', `${name} ${start}-${count ? start + count - 1 : start}/${total}`);

const meBody = (user: BackofficeUser) => ({
  id: user.id,
  username: user.username,
  email: user.email,
  role: user.role,
  roleLabel: ROLE_LABELS[user.role],
  member: user.member ? { id: user.member.documentId, fullName: user.member.fullName } : null,
  permissions: permissionsOf(user.role),
});

export default {
  async me(ctx: Ctx) {
    await handle(ctx, async (user) => meBody(user));
  },

  /** The browser's login: `{ identifier, password }` → the session in an httpOnly cookie, and `me`. */
  async login(ctx: Ctx) {
    await answer(ctx, async () => meBody(await loginWithPassword(strapi, ctx)));
  },

  /** Logging out ends every session of the caller (every browser, every API token). */
  async logout(ctx: Ctx) {
    await handle(ctx, async (user) => {
      await endSessions(strapi, user.id);
      clearSessionCookie(ctx);
      ctx.status = 204;
      return undefined;
    });
  },

  /** `{ currentPassword, password }`: the caller's own password; their other sessions end. */
  async changeMyPassword(ctx: Ctx) {
    await handle(ctx, (user) => changeOwnPassword(strapi, ctx, user));
  },

  async find(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve(ctx.params.resource);
      const { rows, total, start } = await engine.list(strapi, def, user, ctx.query);
      setRange(ctx, def.name, start, rows.length, total);
      return rows;
    });
  },

  async findOne(ctx: Ctx) {
    await handle(ctx, (user) => engine.getOne(strapi, resolve(ctx.params.resource), user, ctx.params.id));
  },

  async create(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const record = await engine.create(strapi, resolve(ctx.params.resource), user, ctx.request.body);
      ctx.status = 201;
      return record;
    });
  },

  async update(ctx: Ctx) {
    await handle(ctx, (user) => engine.update(strapi, resolve(ctx.params.resource), user, ctx.params.id, ctx.request.body));
  },

  async delete(ctx: Ctx) {
    await handle(ctx, (user) => engine.remove(strapi, resolve(ctx.params.resource), user, ctx.params.id));
  },

  /** Every module action (declared in each module folder): found by the route Strapi matched, checked against its permission, run. */
  async action(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const route = ctx.state.route;
      const action = route && actionFor(route.method, route.path.replace(/^\/backoffice/, ''));
      if (!action) throw notFound();
      assertPermission(user, action);
      return action.handler({
        strapi,
        user,
        params: ctx.params,
        query: ctx.query,
        body: ctx.request.body,
        files: ctx.request.files,
        setHeader: (name, value) => ctx.set(name, value),
        setStatus: (status) => {
          ctx.status = status;
        },
      });
    });
  },

  /** Multipart `files`: evidence and attachments, then referenced by id from a media field. */
  async upload(ctx: Ctx) {
    await handle(ctx, async (user) => {
      ctx.status = 201;
      return uploadFiles(strapi, user, ctx.request.files?.files);
    });
  },
};
