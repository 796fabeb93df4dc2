import { can, permissionsOf, ROLE_LABELS } from '@sigobito/config';
import { authenticate } from '../../../backoffice/auth';
import * as engine from '../../../backoffice/engine';
import { BadRequest, badRequestBody, HttpProblem, notFound, forbidden } from '../../../backoffice/errors';
import { resourceByName } from '../../../backoffice/registry';
import type { BackofficeUser, ResourceDef } from '../../../backoffice/types';
import { deactivateMember, reactivateMember } from '../../../modules/structure/deactivate';
import { assertMayManageAccount, memberSeenBy } from '../../../modules/structure/members';
import { importCatalog, IMPORTABLE } from '../../../modules/structure/catalog-import';
import { readSettings, updateSettings } from '../../../modules/structure/settings';
import { transitionRequest } from '../../../modules/agenda/request-transition';
import { regenerateCalendarToken } from '../../../modules/agenda/calendar-token';
import { readMyNotifications, updateMyNotifications } from '../../../modules/structure/my-notifications';
import { escalateAro } from '../../../modules/goals/escalate';
import { uploadFiles } from '../../../backoffice/uploads';
import { dashboard } from '../../../modules/goals/dashboard';
import { consolidated, goalMilestonesReport, qualityReport, toCsv } from '../../../modules/goals/reports';
import { clearSessionCookie, type HttpCtx } from '../../../sessions/cookie';
import { changeOwnPassword, loginWithPassword } from '../../../sessions/login';
import { endSessions } from '../../../sessions/revocation';

// Koa's context, as much of it as we use.
type Ctx = HttpCtx & {
  params: Record<string, string>;
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
const strapiErrors = (e: StrapiValidation) =>
  e.details?.errors?.length
    ? e.details.errors.map((x) => ({ path: x.path.join('.') || 'body', code: 'invalid', message: x.message }))
    : [{ path: 'body', code: 'invalid', message: e.message }];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's history is readable by whoever may read the record; the whole log by admin and mayor. */
async function auditScope(user: BackofficeUser, query: Record<string, unknown>) {
  if (can(user.role, 'audit-logs', 'read')) return;
  let filter: unknown;
  try {
    filter = JSON.parse(String(query.filter ?? '{}'));
  } catch {
    throw new BadRequest([{ path: 'filter', code: 'invalid_json', message: 'JSON mal formado' }]);
  }
  if (!isPlainObject(filter)) throw new BadRequest([{ path: 'filter', code: 'invalid', message: 'Debe ser un objeto JSON' }]);
  const target = typeof filter.resource === 'string' ? resourceByName(filter.resource) : undefined;
  if (!target || typeof filter.recordId !== 'string' || target.name === 'audit-logs') throw forbidden();
  await engine.findReadable(strapi, target, user, filter.recordId);
  return user;
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
      if (def.single) {
        engine.assertAllowed(user, def, 'read');
        const record = await readSettings(strapi);
        setRange(ctx, def.name, 0, 1, 1);
        return [record];
      }
      // Reading one record's history needs read rights on that record, not on the whole log.
      const preAuthorized = def.name === 'audit-logs' && !!(await auditScope(user, ctx.query));
      const { rows, total, start } = await engine.list(strapi, def, user, ctx.query, { preAuthorized });
      setRange(ctx, def.name, start, rows.length, total);
      return rows;
    });
  },

  async findOne(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve(ctx.params.resource);
      if (def.single) {
        engine.assertAllowed(user, def, 'read');
        if (ctx.params.id !== 'current') throw notFound();
        return readSettings(strapi);
      }
      if (def.name === 'audit-logs' && !can(user.role, 'audit-logs', 'read')) throw forbidden();
      return await engine.getOne(strapi, def, user, ctx.params.id);
    });
  },

  async create(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve(ctx.params.resource);
      if (def.single || def.readonlyResource) throw forbidden();
      const record = await engine.create(strapi, def, user, ctx.request.body);
      ctx.status = 201;
      return record;
    });
  },

  async update(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve(ctx.params.resource);
      if (def.readonlyResource) throw forbidden();
      if (def.single) {
        engine.assertAllowed(user, def, 'update');
        if (ctx.params.id !== 'current') throw notFound();
        return updateSettings(strapi, ctx.request.body);
      }
      return await engine.update(strapi, def, user, ctx.params.id, ctx.request.body);
    });
  },

  async delete(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve(ctx.params.resource);
      if (def.single || def.readonlyResource) throw forbidden();
      return await engine.remove(strapi, def, user, ctx.params.id);
    });
  },

  async reactivate(ctx: Ctx) {
    await handle(ctx, async (user) => {
      engine.assertAllowed(user, resolve('members'), 'update');
      await assertMayManageAccount(user, ctx.params.id);
      const result = await reactivateMember(strapi, ctx.params.id);
      return { ...result, member: memberSeenBy(user, result.member) };
    });
  },

  async deactivate(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve('members');
      engine.assertAllowed(user, def, 'update');
      const body = (ctx.request.body ?? {}) as { handoverTo?: unknown };
      // Another administrator does it: nobody locks themselves (maybe the last administrator) out.
      if (user.member?.documentId === ctx.params.id) {
        throw new BadRequest([{ path: 'member', code: 'self', message: 'No puede desactivar su propia cuenta; pídalo a otro administrador' }]);
      }
      await assertMayManageAccount(user, ctx.params.id);
      const result = await deactivateMember(strapi, ctx.params.id, body.handoverTo);
      return { ...result, member: memberSeenBy(user, result.member) };
    });
  },

  async transitionRequest(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve('requests');
      engine.assertAllowed(user, def, 'update');
      await engine.findReadable(strapi, def, user, ctx.params.id);
      return transitionRequest(strapi, user, ctx.params.id, ctx.request.body);
    });
  },

  /** Escalating a restriction: follow-up (and the mayor) create the agenda team's task. */
  async escalateAro(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const def = resolve('aros');
      engine.assertAllowed(user, def, 'update');
      engine.assertAllowed(user, resolve('tasks'), 'create');
      if (user.role === 'goal-manager') throw forbidden();
      await engine.findReadable(strapi, def, user, ctx.params.id);
      ctx.status = 201;
      return escalateAro(strapi, user, ctx.params.id, ctx.request.body);
    });
  },

  /** Multipart `files`: evidence and attachments, then referenced by id from a media field. */
  async upload(ctx: Ctx) {
    await handle(ctx, async (user) => {
      ctx.status = 201;
      return uploadFiles(strapi, user, ctx.request.files?.files);
    });
  },

  async dashboard(ctx: Ctx) {
    await handle(ctx, async (user) => {
      engine.assertAllowed(user, resolve('goals'), 'read');
      return dashboard(strapi, user);
    });
  },

  async goalsReport(ctx: Ctx) {
    await handle(ctx, async (user) => {
      engine.assertAllowed(user, resolve('goals'), 'read');
      return consolidated(strapi, user);
    });
  },

  async goalsReportCsv(ctx: Ctx & { type?: string }) {
    await handle(ctx, async (user) => {
      engine.assertAllowed(user, resolve('goals'), 'read');
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', 'attachment; filename="metas-consolidado.csv"');
      return toCsv(await consolidated(strapi, user));
    });
  },

  async goalMilestonesCsv(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const goal = await engine.findReadable(strapi, resolve('goals'), user, ctx.params.id);
      const code = String(goal.code);
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="meta-${code.replace(/[^A-Za-z0-9_-]/g, '_')}-hitos.csv"`);
      return toCsv(await goalMilestonesReport(strapi, { documentId: ctx.params.id, code }));
    });
  },

  async qualityReport(ctx: Ctx) {
    await handle(ctx, async (user) => {
      engine.assertAllowed(user, resolve('goals'), 'read');
      return qualityReport(strapi, user);
    });
  },

  /** A new secret address for the member's full-agenda iCal feed (the old one stops working). */
  async calendarToken(ctx: Ctx) {
    await handle(ctx, async (user) => {
      if (!user.member) throw new BadRequest([{ path: 'member', code: 'no_member', message: 'Su cuenta no tiene perfil de miembro' }]);
      return regenerateCalendarToken(strapi, user.member.id);
    });
  },

  /** Every member, whatever the role, turns their own e-mails on and off. */
  async myNotifications(ctx: Ctx) {
    await handle(ctx, (user) => readMyNotifications(strapi, user.member));
  },

  async updateMyNotifications(ctx: Ctx) {
    await handle(ctx, (user) => updateMyNotifications(strapi, user.member, ctx.request.body));
  },

  async importCsv(ctx: Ctx) {
    await handle(ctx, async (user) => {
      const name = ctx.params.resource;
      if (!(IMPORTABLE as readonly string[]).includes(name)) throw notFound();
      const def = resolve(name);
      engine.assertAllowed(user, def, 'create');
      engine.assertAllowed(user, def, 'update');
      const body = (ctx.request.body ?? {}) as { csv?: unknown; dryRun?: unknown };
      if (typeof body.csv !== 'string' || !body.csv.trim()) throw new BadRequest([{ path: 'csv', code: 'required', message: 'Adjunte un archivo CSV con contenido' }]);
      const report = await importCatalog(strapi, name as (typeof IMPORTABLE)[number], body.csv, body.dryRun !== false);
      if (body.dryRun === false && report.errors.length) {
        ctx.status = 400;
        return { message: 'El archivo tiene errores: no se importó nada', errors: {}, report };
      }
      return report;
    });
  },
};
