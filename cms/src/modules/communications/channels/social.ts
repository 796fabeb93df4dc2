import type { Core } from '@strapi/strapi';
import type { OutboxAdapter, OutboxMessage, ReconcileResult, SendResult } from '../../../outbox/adapters';
import { giveUp, needsPerson, outcomeUnknown, retryLater, type OutboxFailure } from '../../../outbox/errors';
import { OUTBOX_UID, scheduleFlush } from '../../../outbox/outbox';
import type { RetryPolicy } from '../../../outbox/retry-policy';
import { readUpload } from '../../../uploads/read';
import { isDeliveryPayload, type DeliveryPayload } from '../delivery-payload';
import { applyDeliveryOutcome } from '../piece-sync';
import { LISTING_DELAY_MS, lookupSince, matchOwnPost, type MatchResult } from './match';
import { notifyChannelPaused, notifyDeliveryFailed } from './notify';
import { isPlatformError, type ImageToSend, type PlatformClient } from './platform';
import { channelState, pauseChannel, pausedFor, resumeChannel } from './state';

/** About 1, 4, 16 minutes and an hour between tries, then failed; a rate limit's wait is not counted. */
export const SOCIAL_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, factor: 4, maxDelayMs: 2 * 3600_000, jitter: 0.3 };
/**
 * Longer than the slowest publish can take: every call has its own timeout (platform clients),
 * and a post makes at most 4 × 4 calls for X's images and one for the post.
 */
export const SOCIAL_LEASE_MS = 15 * 60_000;

export type SocialAdapterOptions = {
  /** How long after a try its post is trusted to be listed (tests shorten it). */
  listingDelayMs?: number;
  /** The clock a look-up compares the try's start with: the one the outbox is flushed with (a soak runs simulated time). */
  now?: () => Date;
};

/**
 * The outbox adapter of a social channel, whatever the platform: it reads the piece's images,
 * lets the platform client publish, and turns what the platform answered into the outbox's
 * decision. Nothing is resent blindly: a send without an answer, or a "duplicate" refusal, is
 * looked up among the account's own posts (`matchOwnPost`). Refused credentials pause the
 * channel (every process, until they work) and tell press and the administrators once.
 */
export function createSocialAdapter(strapi: Core.Strapi, client: PlatformClient, opts: SocialAdapterOptions = {}): OutboxAdapter<DeliveryPayload> {
  const { channel, label } = client;
  const listingDelayMs = opts.listingDelayMs ?? LISTING_DELAY_MS;
  const clock = opts.now ?? (() => new Date());
  /** A refused or missing credential does not count as a try: the delivery waits for the channel, due again as soon as it resumes. */
  const waitForChannel = (message: string) => retryLater(message, { notBefore: new Date(clock().getTime() + 1000) });

  async function pause(fingerprint: string, reason: string): Promise<void> {
    const state = await pauseChannel(strapi, channel, fingerprint, reason);
    if (!state?.pausedAt) return;
    strapi.log.warn(`${label}: credentials refused, channel paused: ${reason}`);
    await notifyChannelPaused(strapi, channel, reason, state.pausedAt);
  }

  const pausedMessage = (reason: string) => `${label} en pausa: ${reason}. La publicación espera y sale sola cuando las credenciales funcionen.`;

  /** An answer the platform client understood, as the outbox's decision (a refused credential pauses first). */
  async function failure(e: unknown, fingerprint: string): Promise<OutboxFailure> {
    if (!isPlatformError(e)) return outcomeUnknown(`${label}: ${(e as Error)?.message ?? String(e)}`, e);
    switch (e.kind) {
      case 'rate_limited':
        return retryLater(e.message, { notBefore: e.until, cause: e });
      case 'credentials':
        await pause(fingerprint, e.message);
        return waitForChannel(pausedMessage(e.message));
      case 'refused':
        return giveUp(e.message, e);
      case 'not_sent':
        return retryLater(e.message, { cause: e });
      case 'needs_person':
        return needsPerson(e.message, e);
      case 'duplicate':
      case 'unknown':
        return outcomeUnknown(e.message, e);
    }
  }

  async function images(payload: DeliveryPayload): Promise<ImageToSend[]> {
    const out: ImageToSend[] = [];
    for (const [i, image] of payload.images.entries()) {
      let content;
      try {
        content = await readUpload(strapi, image.file);
      } catch (e) {
        throw retryLater(`No se pudo leer la imagen ${i + 1} de la pieza: ${(e as Error).message}`, { cause: e });
      }
      if (!content) throw giveUp(`La imagen ${i + 1} de la pieza ya no está entre los archivos: quítela o súbala de nuevo, y use «Reintentar».`);
      out.push({ ...content, alt: image.alt });
    }
    return out;
  }

  /** Looks the delivery's post up among the account's own (since the delivery was queued). */
  async function lookUp(message: OutboxMessage<DeliveryPayload>): Promise<MatchResult> {
    const now = clock();
    const since = lookupSince({ createdAt: message.createdAt, attemptStartedAt: message.attemptStartedAt, scheduledAt: message.payload.scheduledAt, now });
    const listing = await client.ownPosts(since);
    const ids = listing.posts.map((p) => p.id);
    const recorded = ids.length
      ? ((await strapi.db.query(OUTBOX_UID).findMany({ where: { channel, externalId: { $in: ids }, id: { $ne: message.id } }, select: ['externalId'] })) as Array<{ externalId: string }>)
      : [];
    const claimed = new Set(recorded.map((r) => r.externalId));
    return matchOwnPost({ platform: label, text: message.payload.text, listing, claimed, attemptStartedAt: message.attemptStartedAt, since, now, listingDelayMs });
  }

  /**
   * The account could not be read: never a reason to send. Within a send (after a "duplicate")
   * the outcome stays unknown; within a look-up it is asked again later (a rate limit's reset).
   */
  async function lookupFailed(e: unknown, fingerprint: string, within: 'send' | 'reconcile'): Promise<OutboxFailure> {
    const reason = `No se pudo revisar la cuenta de ${label}: ${(e as Error)?.message ?? String(e)}`;
    if (isPlatformError(e) && e.kind === 'credentials') await pause(fingerprint, e.message);
    if (within === 'send') return outcomeUnknown(reason, e);
    return retryLater(reason, { notBefore: isPlatformError(e) && e.kind === 'rate_limited' ? e.until : undefined, cause: e });
  }

  /** The platform says it has this text already: ours from an earlier try, or an older post (then it will never go). */
  async function afterDuplicate(message: OutboxMessage<DeliveryPayload>, fingerprint: string): Promise<SendResult> {
    let found: MatchResult;
    try {
      found = await lookUp(message);
    } catch (e) {
      throw await lookupFailed(e, fingerprint, 'send');
    }
    switch (found.outcome) {
      case 'found':
        return { externalId: found.externalId ?? null, externalUrl: found.externalUrl ?? null };
      case 'absent':
        throw giveUp(`${label} rechaza el texto por ser idéntico a una publicación anterior de la cuenta: cámbielo y use «Reintentar».`);
      case 'not_yet':
        throw outcomeUnknown(`${label} dice que ya tiene este texto, y aún no aparece entre las publicaciones de la cuenta: se vuelve a mirar.`);
      case 'cannot_tell':
        throw needsPerson(found.reason);
    }
  }

  return {
    channel,
    policy: SOCIAL_POLICY,
    leaseMs: SOCIAL_LEASE_MS,
    async configured() {
      const fingerprint = client.fingerprint();
      return fingerprint !== null && !pausedFor(await channelState(strapi, channel), fingerprint);
    },

    async send(message) {
      if (!isDeliveryPayload(message.payload)) throw giveUp('La entrega no tiene el contenido de una pieza');
      const fingerprint = client.fingerprint();
      if (!fingerprint) throw waitForChannel(`${label} no configurado: la publicación espera a que se configuren sus credenciales.`);
      // Another delivery of this batch may have just paused the channel: do not knock again.
      const state = await channelState(strapi, channel);
      if (pausedFor(state, fingerprint)) throw waitForChannel(pausedMessage(state?.pauseReason ?? ''));
      const files = await images(message.payload);
      try {
        const post = await client.publish(message.payload, files);
        return { externalId: post.id, externalUrl: post.url };
      } catch (e) {
        if (isPlatformError(e) && e.kind === 'duplicate') return afterDuplicate(message, fingerprint);
        throw await failure(e, fingerprint);
      }
    },

    async reconcile(message): Promise<ReconcileResult> {
      if (!isDeliveryPayload(message.payload)) return { outcome: 'cannot_tell', reason: 'La entrega no tiene el contenido de una pieza' };
      const fingerprint = client.fingerprint();
      if (!fingerprint) throw waitForChannel(`${label} no configurado: se comprobará si la publicación salió cuando se configure.`);
      let found: MatchResult;
      try {
        found = await lookUp(message as OutboxMessage<DeliveryPayload>);
      } catch (e) {
        throw await lookupFailed(e, fingerprint, 'reconcile');
      }
      if (found.outcome === 'not_yet') throw retryLater(`Aún no aparece entre las publicaciones de ${label}: se vuelve a mirar antes de decidir`, { notBefore: found.until });
      return found;
    },

    async settled(message, outcome) {
      if (outcome.status === 'sent') {
        // Credentials that were refused and now work (changed, or restored by the platform).
        if (await resumeChannel(strapi, channel)) strapi.log.info(`${label}: channel resumed`);
      }
      if (!isDeliveryPayload(message.payload)) return;
      await applyDeliveryOutcome(strapi, message.payload.piece, outcome);
      if (outcome.status === 'failed' || outcome.status === 'needs_review') await notifyDeliveryFailed(strapi, { id: message.id, channel, payload: message.payload }, outcome);
    },
  };
}

/**
 * Lifts the pause of a channel whose credentials work again (the same ones: new ones are tried
 * at once), and asks for a flush so its deliveries go. A scheduled job runs it.
 */
export async function probePausedChannel(strapi: Core.Strapi, client: PlatformClient): Promise<'resumed' | 'still_paused' | 'not_paused'> {
  const fingerprint = client.fingerprint();
  if (!fingerprint || !pausedFor(await channelState(strapi, client.channel), fingerprint)) return 'not_paused';
  try {
    await client.probe();
  } catch (e) {
    strapi.log.info(`${client.label}: still paused: ${(e as Error).message}`);
    return 'still_paused';
  }
  if (await resumeChannel(strapi, client.channel)) {
    strapi.log.info(`${client.label}: credentials accepted again, channel resumed`);
    scheduleFlush(strapi);
  }
  return 'resumed';
}
