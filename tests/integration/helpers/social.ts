import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { deliveryKey, facebookPostText, resetEnvCache, xPostText, type PieceChannel } from '@sigobito/config';
import { CMS_DIST } from '../../../scripts/lib/cms';
import type { TestApp } from './app';

/* What the social-channel suites share: the environment that points the CMS at the fake
   platforms, a piece published as press publishes it (its delivery queued with the snapshot the
   publish action takes), and a flush driven until the delivery has settled. */

const load = (p: string) => require(path.join(CMS_DIST, p));
export const OUTBOX_UID = 'api::notification.notification';

/** Sets variables for the CMS (before startApp, or with resetEnvCache after it); returns what undoes it. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  };
  apply(vars);
  return () => apply(before);
}

// The smallest valid PNG (one transparent pixel), and a second, different one.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const PNG_RED = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** Uploads images as the back office does (the administrator may upload), returning their ids. */
export async function uploadImages(app: TestApp, files: Array<{ name: string; bytes: Buffer }>): Promise<number[]> {
  const ids: number[] = [];
  for (const f of files) {
    const res = await app.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${await app.login('admin')}`).attach('files', f.bytes, { filename: f.name, contentType: 'image/png' });
    if (res.status !== 201) throw new Error(`upload ${f.name}: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body[0].id);
  }
  return ids;
}

/** The bytes the CMS keeps for an upload (Strapi may have optimised the image on upload). */
export async function storedBytes(strapi: Core.Strapi, fileId: number): Promise<Buffer> {
  const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId }, select: ['url'] })) as { url: string };
  return fs.readFileSync(path.join(strapi.dirs.static.public, file.url));
}

export type PublishedPiece = { piece: string; communication: string; channel: PieceChannel; key: string; payload: Record<string, unknown> };

let counter = 0;

/**
 * An approved communication with one piece for `channel`, published as press publishes it: the
 * piece `sending`, its delivery queued in the outbox with the snapshot of what goes out. The row
 * is written without asking for a flush, so the test decides when it is sent.
 */
export async function publishPiece(
  strapi: Core.Strapi,
  channel: PieceChannel,
  piece: { body: string; link?: string | null; images?: Array<{ file: number; alt: string }>; title?: string },
): Promise<PublishedPiece> {
  counter++;
  const communication = (await strapi.documents('api::communication.communication' as never).create({
    data: { title: piece.title ?? `Comunicado ${counter}`, origin: 'institutional', status: 'approved' },
  } as never)) as { documentId: string };
  const images = piece.images ?? [];
  const created = (await strapi.documents('api::piece.piece' as never).create({
    data: {
      communication: communication.documentId,
      channel,
      body: piece.body,
      link: piece.link ?? null,
      images: images.map((i) => i.file),
      imageAlts: images,
      status: 'sending',
    },
  } as never)) as { documentId: string };
  const text = channel === 'x' ? xPostText(piece) : facebookPostText(piece);
  const payload = { piece: created.documentId, communication: communication.documentId, channel, title: null, text, link: piece.link ?? null, images, scheduledAt: null };
  const key = deliveryKey(created.documentId);
  await strapi.db.query(OUTBOX_UID).create({ data: { channel, key, payload, status: 'pending', attempts: 0, nextAttemptAt: null } });
  return { piece: created.documentId, communication: communication.documentId, channel, key, payload };
}

export type DeliveryRow = {
  id: number;
  status: string;
  attempts: number;
  externalId: string | null;
  externalUrl: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  attemptStartedAt: string | null;
};

export const deliveryOf = (strapi: Core.Strapi, p: Pick<PublishedPiece, 'channel' | 'key'>) => strapi.db.query(OUTBOX_UID).findOne({ where: { channel: p.channel, key: p.key } }) as Promise<DeliveryRow>;

export const pieceOf = (strapi: Core.Strapi, p: Pick<PublishedPiece, 'piece'>) =>
  strapi.db.query('api::piece.piece').findOne({ where: { documentId: p.piece } }) as Promise<{ status: string; externalId: string | null; externalUrl: string | null; lastError: string | null; postedAt: string | null }>;

/**
 * Flushes the outbox (this process's queue, so a flush a commit asked for runs first) as it
 * stands at `now`, until the delivery's outcome is recorded: it is neither being sent nor due,
 * or a flush leaves it as it was (its channel waits: not configured, or paused).
 */
export async function settle(strapi: Core.Strapi, p: Pick<PublishedPiece, 'channel' | 'key'>, now = new Date()): Promise<DeliveryRow> {
  const seen = (r: DeliveryRow) => JSON.stringify([r.status, r.attempts, r.nextAttemptAt, r.lastError, r.externalId]);
  let before = await deliveryOf(strapi, p);
  for (let i = 0; i < 50; i++) {
    await flushOutbox(strapi, now);
    const row = await deliveryOf(strapi, p);
    const due = (row.status === 'pending' || row.status === 'unknown') && (!row.nextAttemptAt || new Date(row.nextAttemptAt) <= now);
    if (row.status !== 'sending' && (!due || seen(row) === seen(before))) return row;
    before = row;
  }
  throw new Error(`the delivery ${p.channel}:${p.key} did not settle`);
}

/** Registers the channel's adapter again with a shorter wait for the platform's listing (default: none). */
export function withListingDelay(strapi: Core.Strapi, channel: 'x' | 'facebook', listingDelayMs = 0): void {
  const { socialClients } = load('src/modules/communications/channels');
  const { createSocialAdapter } = load('src/modules/communications/channels/social');
  const { registerAdapter } = load('src/outbox/adapters');
  const client = socialClients().find((c: { channel: string }) => c.channel === channel);
  registerAdapter(createSocialAdapter(strapi, client, { listingDelayMs }));
}

/** Runs the scheduled probe that lifts the pause of channels whose credentials work again. */
export const runProbe = (strapi: Core.Strapi) => load('src/modules/communications/channels').socialCronJobs.socialChannelProbe.task({ strapi });

export const later = (ms: number) => new Date(Date.now() + ms);

/** The CMS's own flush (this process's queue). */
export const flushOutbox = (strapi: Core.Strapi, now?: Date): Promise<number> => load('src/outbox/outbox').flushOutbox(strapi, now);
