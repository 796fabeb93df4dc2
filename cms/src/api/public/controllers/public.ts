import { BadRequest, badRequestBody, type FieldError } from '../../../backoffice/errors';
import { isIsoDateTime } from '../../../backoffice/validation';
import { activityScope } from '../../../modules/agenda/query';
import { findActivities, publicActivity, publicAgenda, publicWhere, toICal } from '../../../modules/agenda/public-agenda';
import { newFormToken, requestStatus, submitCitizenRequest } from '../../../modules/agenda/citizen-requests';
import { sharedLimiter } from '../../../cluster/counters';
import { roleOfToken } from '../../../modules/agenda/calendar-token';
import { publicGoal, publicGoals } from '../../../modules/goals/public-goals';
import { proximity } from '../proximity';
import { publicSite } from '../site';
import { isNewsSlug, OPEN_DATA_LICENSE, openDataFile } from '@sigobito/config/contracts';
import { publicActor, publicActorsOf } from '../actor';
import { toCsv } from '../../../modules/goals/reports';
import { openDataRows, placesGeoJson, type OpenDataFilter } from '../open-data';
import { parseNewsQuery } from '../../../domain/communications/public-news';
import { servedHeaders } from '../../../domain/files/file-types';
import { newsImageFile, newsItem, newsPage } from '../news';
import { openUpload } from '../../../uploads/read';

type Ctx = {
  method: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown; ip: string };
  status: number;
  body: unknown;
  type: string;
  length: number;
  lastModified: Date;
  set: (k: string, v: string) => void;
};

const DAY = 86_400_000;
/** Five requests per address per hour (across every CMS process): plenty for a person, little for a script. */
export const requestLimiter = sharedLimiter('public-form', 5, 3600_000);

function window(query: Record<string, unknown>, now = Date.now()) {
  const parse = (name: 'from' | 'to', fallback: number) => {
    const v = query[name];
    if (v === undefined || v === '') return new Date(fallback);
    // The same instants the back office takes (ISO 8601, a zone a real zone has): never "Invalid Date".
    if (typeof v !== 'string' || !isIsoDateTime(v)) throw new BadRequest([{ path: name, code: 'invalid_date', params: { variant: 'datetime' }, message: 'Debe ser una fecha ISO 8601 válida' }]);
    return new Date(v);
  };
  const from = parse('from', now - 30 * DAY);
  const to = parse('to', now + 90 * DAY);
  if (to.getTime() - from.getTime() > 400 * DAY || to <= from) throw new BadRequest([{ path: 'to', code: 'invalid_range', params: { maxDays: 400 }, message: 'Un intervalo de hasta 400 días, con fin posterior al inicio' }]);
  return { from, to };
}

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** `?theme=` and `?place=` of the agenda or an open-data file: a well-formed code, on a dataset that has it, or a 400 naming the parameter. */
function subjectFilter(query: Record<string, unknown>, allowed: { theme: boolean; place: boolean }): OpenDataFilter {
  const filter: OpenDataFilter = {};
  const problems: FieldError[] = [];
  for (const name of ['theme', 'place'] as const) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (!allowed[name]) problems.push({ path: name, code: 'unknown_field', params: { variant: 'filter', field: name }, message: `Este archivo no se filtra por «${name}»` });
    else if (typeof value !== 'string' || !CODE.test(value)) problems.push({ path: name, code: 'invalid_format', message: 'Debe ser un código (letras, números, «-» y «_»)' });
    else filter[name] = value;
  }
  if (problems.length) throw new BadRequest(problems);
  return filter;
}

async function answer(ctx: Ctx, fn: () => Promise<unknown>) {
  try {
    ctx.body = await fn();
  } catch (e) {
    if (!(e instanceof BadRequest)) throw e;
    ctx.status = 400;
    ctx.body = badRequestBody(e);
  }
}

const notFound = (ctx: Ctx) => {
  ctx.status = 404;
  ctx.body = { message: 'No encontrado', error: { status: 404, name: 'NotFoundError', message: 'No encontrado' } };
};

export default {
  /** The settings, themes and places every page of the public site shows. */
  async site(ctx: Ctx) {
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: await publicSite(strapi) };
  },

  async agenda(ctx: Ctx) {
    await answer(ctx, async () => {
      const { from, to } = window(ctx.query);
      ctx.set('Cache-Control', 'public, max-age=60');
      const filter = subjectFilter(ctx.query, { theme: true, place: true });
      return { from: from.toISOString(), to: to.toISOString(), data: await publicAgenda(strapi, from, to, filter) };
    });
  },

  async activity(ctx: Ctx) {
    const activity = await publicActivity(strapi, ctx.params.id);
    if (!activity) return notFound(ctx);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: { ...activity, actors: await publicActorsOf(strapi, 'api::activity.activity', activity.id) } };
  },

  async agendaIcs(ctx: Ctx) {
    const now = Date.now();
    const rows = await findActivities(strapi, { ...publicWhere, start: { $gt: new Date(now - 90 * DAY).toISOString(), $lt: new Date(now + 365 * DAY).toISOString() } });
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', 'inline; filename="agenda-publica.ics"');
    ctx.body = await toICal(strapi, rows, { name: 'Agenda pública del Despacho' });
  },

  async privateFeed(ctx: Ctx) {
    const match = /^(.+)\.ics$/.exec(ctx.params.file ?? '');
    const role = match ? await roleOfToken(strapi, match[1]) : null;
    if (!role) return notFound(ctx);
    const now = Date.now();
    const scope = activityScope({ role }) ?? {};
    const rows = await findActivities(strapi, { ...scope, start: { $gt: new Date(now - 90 * DAY).toISOString(), $lt: new Date(now + 365 * DAY).toISOString() } }, 5000);
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = await toICal(strapi, rows, { name: 'Agenda del Despacho', withPrivateFields: true });
  },

  /** The signed "form shown at" the public site puts in each request form it renders. */
  async formToken(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = newFormToken();
  },

  async submitRequest(ctx: Ctx) {
    if (!(await requestLimiter.take(ctx.request.ip))) {
      ctx.status = 429;
      ctx.set('Retry-After', '3600');
      ctx.body = { message: 'Demasiadas solicitudes desde su conexión. Inténtelo de nuevo en una hora.', error: { status: 429, name: 'TooManyRequests' } };
      return;
    }
    await answer(ctx, async () => {
      const result = await submitCitizenRequest(strapi, ctx.request.body);
      ctx.status = 201;
      return result;
    });
  },

  async goals(ctx: Ctx) {
    const str = (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: await publicGoals(strapi, { theme: str(ctx.query.theme), place: str(ctx.query.place) }) };
  },

  async goal(ctx: Ctx) {
    const goal = await publicGoal(strapi, ctx.params.id);
    if (!goal) return notFound(ctx);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: { ...goal, actors: await publicActorsOf(strapi, 'api::goal.goal', goal.id) } };
  },

  async proximity(ctx: Ctx) {
    const kind = ctx.params.kind === 'themes' ? 'theme' : ctx.params.kind === 'places' ? 'place' : null;
    const result = kind ? await proximity(strapi, kind, ctx.params.code) : null;
    if (!result) return notFound(ctx);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: result };
  },

  /** An institution's or a group's public page; a person, or a code that names nobody, is a 404. */
  async actor(ctx: Ctx) {
    const code = ctx.params.code;
    const result = /^[A-Za-z0-9_-]{1,64}$/.test(code ?? '') ? await publicActor(strapi, code) : null;
    if (!result) return notFound(ctx);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: result };
  },

  /** The news, newest first, a page at a time; of a theme, a place or a public goal (`?theme=&place=&goal=&page=&pageSize=`). */
  async news(ctx: Ctx) {
    await answer(ctx, async () => {
      const { value, problems } = parseNewsQuery(ctx.query);
      if (problems.length) throw new BadRequest(problems);
      ctx.set('Cache-Control', 'public, max-age=60');
      return newsPage(strapi, value);
    });
  },

  /** One news item, or what is left of a withdrawn one; a draft, a piece not yet due or a made-up address does not exist here. */
  async newsItem(ctx: Ctx) {
    const slug = ctx.params.slug;
    const item = isNewsSlug(slug) ? await newsItem(strapi, slug) : null;
    if (!item) return notFound(ctx);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: item };
  },

  /** An image of a public news item, from the CMS's store: only while the news is public (the site relays it as /noticias/<slug>/imagenes/<n>). */
  async newsImage(ctx: Ctx) {
    const { slug, n } = ctx.params;
    const image = isNewsSlug(slug) && /^[1-9]\d{0,2}$/.test(n ?? '') ? await newsImageFile(strapi, slug, Number(n)) : null;
    const file = image ? await openUpload(strapi, image.url) : null;
    if (!image || !file) return notFound(ctx);
    ctx.status = 200;
    ctx.body = file.body;
    ctx.length = file.size;
    if (file.lastModified) ctx.lastModified = file.lastModified;
    if (ctx.method === 'HEAD') file.body.destroy();
    const ext = image.mime === 'image/jpeg' ? 'jpg' : image.mime.split('/')[1];
    for (const [name, value] of Object.entries(servedHeaders(image.url))) ctx.set(name, value);
    ctx.set('Content-Type', image.mime);
    ctx.set('Content-Disposition', `inline; filename="${slug}-${n}.${ext}"`);
    // Short: a withdrawn item's images must leave caches soon.
    ctx.set('Cache-Control', 'public, max-age=60');
  },

  /**
   * Open data: every file of the catalogue (OPEN_DATA_FILES: goals, milestones, progress-reports,
   * agenda, noticias, themes, places in CSV and JSON, places.geojson), of a theme or a place with
   * everything beneath it (`?theme=&place=`, where the dataset has them).
   */
  async openData(ctx: Ctx) {
    const file = openDataFile(ctx.params.file ?? '');
    if (!file) return notFound(ctx);
    await answer(ctx, async () => {
      const filter = subjectFilter(ctx.query, file.dataset.filters);
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Content-Disposition', `attachment; filename="${file.file}"`);
      if (file.format === 'geojson') {
        ctx.type = `${file.mediaType}; charset=utf-8`;
        // A string keeps the type set above (Koa makes an object application/json).
        return JSON.stringify(await placesGeoJson(strapi, filter));
      }
      const rows = await openDataRows(strapi, file.dataset.id, filter);
      if (file.format === 'csv') {
        ctx.type = 'text/csv; charset=utf-8';
        return toCsv(rows, file.dataset.columns.map((c) => c.name));
      }
      return { dataset: file.dataset.id, generatedAt: new Date().toISOString(), license: OPEN_DATA_LICENSE.name, filter, data: rows };
    });
  },

  async requestStatus(ctx: Ctx) {
    const status = await requestStatus(strapi, String(ctx.params.code ?? '').toUpperCase());
    if (!status) return notFound(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: status };
  },
};
