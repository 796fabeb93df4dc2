import { localDate, newsSlug } from '@sigobito/config/contracts';
import type { TestApp } from './app';

/*
 * News fixtures written straight into the database, in the shapes of the communication and
 * piece content types: the public side is tested on its own, whatever the back office's
 * publishing does to reach them.
 */

const COMMUNICATION = 'api::communication.communication';
const PIECE = 'api::piece.piece';
const DAY = 86_400_000;

// The smallest valid PNG: one transparent pixel.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export type NewsFixture = {
  title: string;
  summary?: string | null;
  body?: string;
  /** Default: published; its piece published a day ago. */
  communicationStatus?: string;
  pieceStatus?: string;
  channel?: 'web' | 'facebook' | 'x';
  postedAt?: Date | null;
  scheduledAt?: Date | null;
  /** Theme and place codes. */
  themes?: string[];
  places?: string[];
  origin?: 'goal' | 'milestone' | 'activity' | 'institutional';
  goal?: string;
  milestone?: string;
  activity?: string;
  withdrawnAt?: Date;
  withdrawalReason?: string;
  corrections?: Array<{ at: string; note: string }>;
  /** Upload ids with their alt text, in order. */
  images?: Array<{ file: number; alt: string }>;
  /** Leave the address empty (a communication never published has none). */
  noSlug?: boolean;
};

export type MadeNews = { communication: string; piece: string; slug: string };

const ids = async (app: TestApp, uid: string, codes: string[] = []) => {
  const rows = (await app.strapi.db.query(uid as never).findMany({ where: { code: { $in: codes } }, select: ['documentId', 'code'] })) as Array<{ documentId: string; code: string }>;
  if (rows.length !== codes.length) throw new Error(`fixture: unknown ${uid} code among ${codes.join(', ')}`);
  return rows.map((r) => r.documentId);
};

/** A communication and its piece, as the fixture says (by default: public web news posted yesterday). */
export async function makeNews(app: TestApp, f: NewsFixture): Promise<MadeNews> {
  const postedAt = f.postedAt === undefined ? new Date(Date.now() - DAY) : f.postedAt;
  const slug = newsSlug(f.title, localDate(postedAt ?? new Date(), 'America/Panama'));
  const communication = (await app.strapi.documents(COMMUNICATION as never).create({
    data: {
      title: f.title,
      status: f.communicationStatus ?? 'published',
      origin: f.origin ?? 'institutional',
      goal: f.goal ?? null,
      milestone: f.milestone ?? null,
      activity: f.activity ?? null,
      themes: await ids(app, 'api::theme.theme', f.themes),
      places: await ids(app, 'api::place.place', f.places),
      slug: f.noSlug ? null : slug,
      withdrawnAt: f.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: f.withdrawalReason ?? null,
      corrections: f.corrections ?? null,
    },
  } as never)) as { documentId: string };
  const piece = (await app.strapi.documents(PIECE as never).create({
    data: {
      communication: communication.documentId,
      channel: f.channel ?? 'web',
      title: f.title,
      summary: f.summary === undefined ? `Resumen de ${f.title}` : f.summary,
      body: f.body ?? `<p>Cuerpo de ${f.title}.</p>`,
      status: f.pieceStatus ?? 'published',
      postedAt: postedAt?.toISOString() ?? null,
      scheduledAt: f.scheduledAt?.toISOString() ?? null,
      images: (f.images ?? []).map((i) => i.file),
      imageAlts: f.images ?? [],
    },
  } as never)) as { documentId: string };
  return { communication: communication.documentId, piece: piece.documentId, slug };
}

/** Another piece of a communication (a social one, a second web draft): its documentId. */
export async function addPiece(
  app: TestApp,
  communication: string,
  f: { channel: 'web' | 'facebook' | 'x'; status: string; title?: string; summary?: string; body: string; postedAt?: Date | null; images?: Array<{ file: number; alt: string }> },
): Promise<string> {
  const piece = (await app.strapi.documents(PIECE as never).create({
    data: {
      communication,
      channel: f.channel,
      title: f.title ?? null,
      summary: f.summary ?? null,
      body: f.body,
      status: f.status,
      postedAt: f.postedAt?.toISOString() ?? null,
      images: (f.images ?? []).map((i) => i.file),
      imageAlts: f.images ?? [],
    },
  } as never)) as { documentId: string };
  return piece.documentId;
}

/** Uploads a one-pixel PNG as the admin (who may write the settings' logo): its upload id. */
export async function uploadPng(app: TestApp, name: string): Promise<number> {
  const res = await app.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${await app.login('admin')}`).attach('files', PNG, { filename: name, contentType: 'image/png' });
  if (res.status !== 201) throw new Error(`upload ${name}: ${res.status} ${res.text}`);
  return res.body[0].id as number;
}

/** A goal, public or not, with one milestone: their documentIds. */
export async function makeGoal(app: TestApp, code: string, isPublic: boolean): Promise<{ goal: string; milestone: string }> {
  const goal = (await app.strapi.documents('api::goal.goal' as never).create({ data: { code, title: `Meta ${code}`, status: 'in_execution', isPublic } } as never)) as { documentId: string };
  const milestone = (await app.strapi.documents('api::milestone.milestone' as never).create({
    data: { goal: goal.documentId, order: 1, title: `Hito de ${code}`, dueDate: '2026-01-31', status: 'done' },
  } as never)) as { documentId: string };
  return { goal: goal.documentId, milestone: milestone.documentId };
}

/** An activity of the agenda, public (confirmed) or private: its documentId. */
export async function makeActivity(app: TestApp, title: string, visibility: 'public' | 'private'): Promise<string> {
  const start = new Date(Date.now() - 3 * DAY);
  const activity = (await app.strapi.documents('api::activity.activity' as never).create({
    data: { title, start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString(), status: 'done', visibility, kind: 'public_event' },
  } as never)) as { documentId: string };
  return activity.documentId;
}
