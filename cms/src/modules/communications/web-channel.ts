import type { Core } from '@strapi/strapi';
import { localDate, newsSlug } from '@sigobito/config/contracts';
import { loadRules } from '../../backoffice/rules';
import { inTransaction } from '../../backoffice/transaction';
import { publicUrl } from '../../notifications/links';
import type { OutboxAdapter } from '../../outbox/adapters';
import { giveUp } from '../../outbox/errors';
import { isDeliveryPayload, type DeliveryPayload } from './delivery-payload';
import { nextFreeSlug } from './piece-rules';
import { applyDeliveryOutcome } from './piece-sync';
import { COMMUNICATION_UID, communicationRow, updateDocument } from './records';

export const WEB_CHANNEL = 'web';

/** Where a news item lives on the public site. */
export const newsUrl = (slug: string) => publicUrl(`noticias/${slug}`);

/** Still approved (or published, for a later piece) and not withdrawn: its news may go out. */
const GOES_OUT = ['approved', 'published'];

/**
 * The news item's address, given once: the local date of its publication in the municipality's
 * time zone and its title, with -2, -3… when another news item has it already.
 */
async function assignSlug(strapi: Core.Strapi, payload: DeliveryPayload, at: Date): Promise<string> {
  const communication = await communicationRow(strapi, payload.communication);
  if (!communication) throw giveUp('La acción comunicacional ya no existe');
  if (communication.slug) return communication.slug;
  if (!GOES_OUT.includes(communication.status) || communication.withdrawnAt) throw giveUp('La acción comunicacional ya no está aprobada');
  const { timeZone } = await loadRules(strapi);
  const base = newsSlug(payload.title ?? communication.title, localDate(at, timeZone));
  const taken = (await strapi.db.query(COMMUNICATION_UID).findMany({ select: ['slug'], where: { slug: { $startsWith: base } } })) as Array<{ slug: string }>;
  const slug = nextFreeSlug(base, new Set(taken.map((t) => t.slug)));
  await updateDocument(strapi, COMMUNICATION_UID, communication.documentId, { slug });
  return slug;
}

const payloadOf = (payload: unknown): DeliveryPayload => {
  if (!isDeliveryPayload(payload)) throw giveUp('La entrega no trae los datos de su pieza');
  return payload;
};

/**
 * The web channel: the news item goes out when it is public on the site. Sending gives it its
 * address; the outcome, once recorded, makes the piece published (with the time and the address)
 * and the communication published (applyDeliveryOutcome). Sending twice gives the same address,
 * and a look-up after a crash finds it, so a news item is never published twice.
 */
export function webAdapter(strapi: Core.Strapi): OutboxAdapter<DeliveryPayload> {
  return {
    channel: WEB_CHANNEL,
    configured: () => true,
    async send(message) {
      const slug = await inTransaction(strapi, () => assignSlug(strapi, payloadOf(message.payload), message.attemptStartedAt ?? new Date()));
      return { externalId: slug, externalUrl: newsUrl(slug) };
    },
    async reconcile(message) {
      const communication = await communicationRow(strapi, payloadOf(message.payload).communication);
      return communication?.slug ? { outcome: 'found', externalId: communication.slug, externalUrl: newsUrl(communication.slug) } : { outcome: 'absent' };
    },
    settled: async (message, outcome) => {
      if (isDeliveryPayload(message.payload)) await applyDeliveryOutcome(strapi, message.payload.piece, outcome);
    },
  };
}
