import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import {
  addDays,
  deliveryKey,
  localDate,
  newsSlug,
  opportunityKey,
  pieceProblems,
  zonedInstant,
  type CommunicationOrigin,
  type CommunicationStatus,
  type PieceChannel,
  type PieceStatus,
} from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { publicUrl } from '../../notifications/links';
import { OUTBOX_UID } from '../../outbox/outbox';
import { sanitizeNewsHtml } from '../../domain/communications/news-html';
import { readSeed, type Log } from '../../seed/lookups';
import type { DeliveryPayload } from './delivery-payload';

/*
 * The demo communications (database/seeds/communications.json): one in every status, from a
 * done milestone, a public activity, goals and the institution; published web news with their
 * images and alt text, X and Facebook pieces, a scheduled news item with its pending delivery, a
 * withdrawn one and one corrected. Dated relative to today, so it always looks current.
 *
 * Written with `strapi.db.query`: a demo record starts in the state it tells (published,
 * archived…), which no workflow move reaches in one step, and the seed writes the consequences
 * the moves would have written (the slug, the delivery rows, the piece's outcome) itself.
 * Upserts by opportunity key or title, pieces by communication and channel, deliveries by key:
 * running it again moves the dates along and adds nothing.
 */

type ImageSeed = { file: string; alt: string };
export type PieceSeed = {
  channel: PieceChannel;
  title?: string | null;
  summary?: string | null;
  body: string;
  link?: string | null;
  images?: ImageSeed[];
  status: Extract<PieceStatus, 'draft' | 'scheduled' | 'published'>;
  postedDay?: number;
  postedTime?: string;
  scheduledDay?: number;
  scheduledTime?: string;
};
type Dated = { day: number; time?: string };
export type CommunicationSeed = {
  title: string;
  origin: CommunicationOrigin;
  goal?: string;
  milestone?: number;
  activity?: string;
  /** Proposed by a completed milestone or activity: carries its opportunity key. */
  opportunity?: boolean;
  themes?: string[];
  places?: string[];
  actors?: string[];
  keyMessage?: string | null;
  audience?: string | null;
  editor?: string | null;
  plannedDay?: number | null;
  status: CommunicationStatus;
  approval?: Dated & { by: string; comment?: string | null };
  withdrawal?: Dated & { reason: string };
  corrections?: Array<Dated & { note: string }>;
  pieces?: PieceSeed[];
};
export type CommunicationsSeed = { communications: CommunicationSeed[] };

const COMMUNICATION_UID = 'api::communication.communication';
const PIECE_UID = 'api::piece.piece';
const FILE_UID = 'plugin::upload.file';

/** Pure: what is wrong with the seed file, each problem naming the communication (the seed checks before writing). */
export function seedProblems(seed: CommunicationsSeed): string[] {
  const problems: string[] = [];
  for (const c of seed.communications) {
    const at = `«${c.title}»`;
    if (c.origin === 'milestone' && (!c.goal || !c.milestone)) problems.push(`${at}: a milestone origin names its goal and order`);
    if (c.origin === 'activity' && !c.activity) problems.push(`${at}: an activity origin names its activity`);
    if (c.opportunity && c.origin !== 'milestone' && c.origin !== 'activity') problems.push(`${at}: only milestones and activities propose opportunities`);
    if (['approved', 'published', 'archived'].includes(c.status) && !c.approval) problems.push(`${at}: ${c.status} needs its approval`);
    const published = (c.pieces ?? []).filter((p) => p.status === 'published');
    if (['published', 'archived'].includes(c.status) !== published.some((p) => p.channel === 'web')) problems.push(`${at}: published news have a published web piece, and only they`);
    if (c.withdrawal && !published.length) problems.push(`${at}: only published news are withdrawn`);
    for (const p of c.pieces ?? []) {
      const images = (p.images ?? []).map((_, i) => i + 1);
      const piece = { ...p, images, imageAlts: (p.images ?? []).map((img, i) => ({ file: i + 1, alt: img.alt })) };
      for (const e of pieceProblems(piece, { forPublishing: p.status !== 'draft' })) problems.push(`${at} ${p.channel}: ${e.path}: ${e.message}`);
      if (p.status === 'published' && p.postedDay === undefined) problems.push(`${at} ${p.channel}: a published piece has its postedDay`);
      if (p.status === 'scheduled' && (p.scheduledDay === undefined || p.scheduledDay < 1 || c.status !== 'approved')) problems.push(`${at} ${p.channel}: a scheduled piece is due later, in an approved communication`);
    }
  }
  return problems;
}

/** Pure: the web delivery's payload, as publishing takes it (the body sanitised). */
export function webPayload(piece: { documentId: string; title: string | null; body: string; link: string | null; scheduledAt: string | null }, communication: string, images: Array<{ file: number; alt: string }>): DeliveryPayload {
  return { piece: piece.documentId, communication, channel: 'web', title: piece.title, text: sanitizeNewsHtml(piece.body), link: piece.link, images, scheduledAt: piece.scheduledAt };
}

type Row = { id: number; documentId: string };

/** documentId, id and natural key of every record of a type, once. */
async function index(strapi: Core.Strapi, uid: string, key: string): Promise<Map<string, Row>> {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['id', 'documentId', key] })) as Array<Row & Record<string, string>>;
  return new Map(rows.map((r) => [String(r[key]), { id: r.id, documentId: r.documentId }]));
}

/** A demo image in the media library (uploaded once, found by name afterwards). */
async function demoImage(strapi: Core.Strapi, dir: string, image: ImageSeed): Promise<number> {
  const found = (await strapi.db.query(FILE_UID).findOne({ where: { name: image.file }, select: ['id'] })) as { id: number } | null;
  if (found) return found.id;
  const filepath = path.join(dir, 'images', image.file);
  const [uploaded] = (await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: image.file, alternativeText: image.alt } },
      files: { filepath, originalFilename: image.file, mimetype: 'image/jpeg', size: fs.statSync(filepath).size },
    })) as Array<{ id: number }>;
  return uploaded.id;
}

async function upsertRow(strapi: Core.Strapi, uid: string, where: Record<string, unknown>, data: Record<string, unknown>): Promise<Row> {
  const q = strapi.db.query(uid as never);
  const found = (await q.findOne({ where, select: ['id', 'documentId'] })) as Row | null;
  if (found) return (await q.update({ where: { id: found.id }, data })) as Row;
  return (await q.create({ data: { ...data, publishedAt: new Date().toISOString() } })) as Row;
}

/** A slug no other communication holds (a suffix when two news items share a title and day). */
async function freeSlug(strapi: Core.Strapi, base: string, self: number | undefined): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = (await strapi.db.query(COMMUNICATION_UID).findOne({ where: { slug, ...(self ? { id: { $ne: self } } : {}) }, select: ['id'] })) as { id: number } | null;
    if (!taken) return slug;
  }
}

export async function seedCommunications(strapi: Core.Strapi, log: Log, seedsDir: string): Promise<void> {
  const file = path.join(seedsDir, 'communications.json');
  if (!fs.existsSync(file)) return;
  const seed = readSeed<CommunicationsSeed>(seedsDir, 'communications.json');
  const problems = seedProblems(seed);
  if (problems.length) throw new Error(`communications.json:\n${problems.join('\n')}`);

  const { timeZone } = await loadRules(strapi);
  const today = localDate(new Date(), timeZone);
  const instant = (d: Dated | { day: number | undefined; time?: string }, fallback = '12:00') => zonedInstant(addDays(today, d.day ?? 0), d.time ?? fallback, timeZone).toISOString();

  const goals = await index(strapi, 'api::goal.goal', 'code');
  const activities = await index(strapi, 'api::activity.activity', 'title');
  // Communications tell of the demo's goals and agenda: without them (a module test's slate) there is nothing to tell.
  const missing = seed.communications.filter((c) => (c.goal && !goals.has(c.goal)) || (c.activity && !activities.has(c.activity)));
  if (missing.length) {
    log('  comunicación sin metas ni agenda de demostración: nada que contar');
    return;
  }
  const themes = await index(strapi, 'api::theme.theme', 'code');
  const places = await index(strapi, 'api::place.place', 'code');
  const actors = await index(strapi, 'api::actor.actor', 'code');
  const members = new Map(
    ((await strapi.db.query('api::member.member').findMany({ select: ['id'], populate: { user: { select: ['username'] } } })) as Array<{ id: number; user: { username: string } | null }>)
      .filter((m) => m.user)
      .map((m) => [m.user!.username, m.id]),
  );
  const ref = (map: Map<string, Row | number>, key: string | null | undefined, what: string): number | null => {
    if (!key) return null;
    const found = map.get(key);
    if (found === undefined) throw new Error(`communications.json: unknown ${what} "${key}"`);
    return typeof found === 'number' ? found : found.id;
  };
  const refs = (map: Map<string, Row>, keys: string[] | undefined, what: string) => (keys ?? []).map((k) => ref(map, k, what)!);

  const counts = { communications: 0, pieces: 0, images: 0 };
  for (const c of seed.communications) {
    const goal = c.goal ? goals.get(c.goal)! : null;
    const activity = c.activity ? activities.get(c.activity)! : null;
    const milestone = goal && c.milestone
      ? ((await strapi.db.query('api::milestone.milestone').findOne({ where: { goal: { id: goal.id }, order: c.milestone }, select: ['id', 'documentId'] })) as Row | null)
      : null;
    if (c.milestone && !milestone) throw new Error(`communications.json: «${c.title}»: goal ${c.goal} has no milestone ${c.milestone}`);
    // What it tells gives its themes, places and actors, unless the seed names them.
    const source = activity
      ? ((await strapi.db.query('api::activity.activity').findOne({ where: { id: activity.id }, populate: { themes: { select: ['id'] }, places: { select: ['id'] }, place: { select: ['id'] }, actors: { select: ['id'] } } })) as Record<string, unknown>)
      : goal
        ? ((await strapi.db.query('api::goal.goal').findOne({ where: { id: goal.id }, populate: { themes: { select: ['id'] }, places: { select: ['id'] }, actors: { select: ['id'] } } })) as Record<string, unknown>)
        : {};
    const copied = (field: string) => [...new Set([...(field === 'places' && source.place ? [source.place] : []), ...((source[field] as unknown[]) ?? [])].map((r) => (r as { id: number }).id))];
    const key = c.opportunity ? opportunityKey(c.origin as 'milestone' | 'activity', (milestone ?? activity)!.documentId) : null;

    const web = (c.pieces ?? []).find((p) => p.channel === 'web' && p.status === 'published');
    const postedAt = web ? instant({ day: web.postedDay, time: web.postedTime }, '10:00') : null;
    const existing = (await strapi.db.query(COMMUNICATION_UID).findOne({ where: key ? { opportunityKey: key } : { title: c.title }, select: ['id'] })) as { id: number } | null;
    const slug = web && postedAt ? await freeSlug(strapi, newsSlug(web.title ?? c.title, localDate(new Date(postedAt), timeZone)), existing?.id) : null;
    const communication = await upsertRow(strapi, COMMUNICATION_UID, key ? { opportunityKey: key } : { title: c.title }, {
      title: c.title,
      origin: c.origin,
      goal: goal?.id ?? null,
      milestone: milestone?.id ?? null,
      activity: activity?.id ?? null,
      themes: c.themes ? refs(themes, c.themes, 'theme') : copied('themes'),
      places: c.places ? refs(places, c.places, 'place') : copied('places'),
      actors: c.actors ? refs(actors, c.actors, 'actor') : copied('actors'),
      keyMessage: c.keyMessage ?? null,
      audience: c.audience ?? null,
      editor: ref(members, c.editor, 'member'),
      plannedDate: c.plannedDay === undefined || c.plannedDay === null ? null : addDays(today, c.plannedDay),
      status: c.status,
      opportunityKey: key,
      approvedBy: c.approval ? ref(members, c.approval.by, 'member') : null,
      approvedAt: c.approval ? instant(c.approval) : null,
      approvalComment: c.approval?.comment ?? null,
      slug,
      withdrawnAt: c.withdrawal ? instant(c.withdrawal) : null,
      withdrawalReason: c.withdrawal?.reason ?? null,
      corrections: c.corrections?.length ? c.corrections.map((k) => ({ at: instant(k), note: k.note })) : null,
    });
    counts.communications++;

    for (const p of c.pieces ?? []) {
      const images: Array<{ file: number; alt: string }> = [];
      for (const img of p.images ?? []) images.push({ file: await demoImage(strapi, seedsDir, img), alt: img.alt });
      counts.images += images.length;
      const posted = p.status === 'published' ? instant({ day: p.postedDay, time: p.postedTime }, '10:00') : null;
      const scheduledAt = p.status === 'scheduled' ? instant({ day: p.scheduledDay, time: p.scheduledTime }, '09:00') : null;
      const body = p.channel === 'web' ? sanitizeNewsHtml(p.body) : p.body;
      const piece = await upsertRow(strapi, PIECE_UID, { communication: { id: communication.id }, channel: p.channel }, {
        communication: communication.id,
        channel: p.channel,
        title: p.title ?? null,
        summary: p.summary ?? null,
        body,
        images: images.map((i) => i.file),
        imageAlts: images,
        link: p.link ?? null,
        scheduledAt,
        status: p.status,
        postedAt: posted,
        externalId: p.channel === 'web' && posted ? slug : null,
        externalUrl: p.channel === 'web' && posted && slug ? publicUrl(`noticias/${slug}`) : null,
        lastError: null,
      });
      counts.pieces++;
      // The delivery publishing writes: sent for a published web piece, pending until its time for a scheduled one.
      if (p.channel !== 'web' || p.status === 'draft') continue;
      const payload = webPayload({ documentId: piece.documentId, title: p.title ?? null, body, link: p.link ?? null, scheduledAt }, communication.documentId, images);
      await upsertRow(strapi, OUTBOX_UID, { channel: 'web', key: deliveryKey(piece.documentId) }, {
        channel: 'web',
        key: deliveryKey(piece.documentId),
        payload,
        status: posted ? 'sent' : 'pending',
        attempts: posted ? 1 : 0,
        nextAttemptAt: scheduledAt,
        attemptStartedAt: posted,
        sentAt: posted,
        leaseOwner: null,
        leaseUntil: null,
        externalId: posted ? slug : null,
        externalUrl: posted && slug ? publicUrl(`noticias/${slug}`) : null,
        lastError: null,
      });
    }
  }
  log(`  comunicación ${counts.communications} acciones, ${counts.pieces} piezas, ${counts.images} imágenes`);
}
