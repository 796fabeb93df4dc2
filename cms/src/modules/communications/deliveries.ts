import type { Core } from '@strapi/strapi';
import {
  deliveryKey,
  deliveryStatusOf,
  DELIVERY_STATUSES,
  outboxStatusOf,
  pieceOfDeliveryKey,
  PIECE_CHANNELS,
  RETRYABLE_DELIVERY_STATUSES,
  type DeliveryStatus,
} from '@sigobito/config/contracts';
import { BadRequest } from '../../backoffice/errors';
import { findReadable, getOne } from '../../backoffice/engine';
import { inTransaction } from '../../backoffice/transaction';
import type { BackofficeUser, DocumentRecord, Filters, ResourceDef } from '../../backoffice/types';
import { adapterFor } from '../../outbox/adapters';
import { OUTBOX_UID, requeueMessage } from '../../outbox/outbox';
import { deliveryScope } from './query';
import { PIECE_UID, updateDocument } from './records';
import { pausedChannels } from './channels';

/** What press reads next to a channel that has no adapter or no credentials. */
export const NOT_CONFIGURED = 'Canal no configurado';

/** What press reads next to a delivery whose channel's credentials were refused. */
export const PAUSED = 'Canal en pausa: sus credenciales fueron rechazadas; sale sola cuando vuelvan a funcionar';

/** Whether a channel can send now: its adapter is registered and has what it needs (a check that fails says no). */
export async function channelConfigured(channel: unknown): Promise<boolean> {
  const adapter = typeof channel === 'string' ? adapterFor(channel) : undefined;
  if (!adapter) return false;
  try {
    return Boolean(await (adapter.configured?.() ?? true));
  } catch {
    return false;
  }
}

/** Pure: how a waiting delivery reads while its channel is paused, or not configured. */
export function deliveryState(row: { status?: unknown }, channel: { paused: boolean; configured: boolean }): { status?: DeliveryStatus; channelConfigured: boolean; note: string | null } {
  const waiting = row.status === 'pending' || row.status === 'unknown';
  if (channel.paused) return { ...(waiting ? { status: 'paused' as DeliveryStatus } : {}), channelConfigured: true, note: waiting ? PAUSED : null };
  return { channelConfigured: channel.configured, note: channel.configured ? null : NOT_CONFIGURED };
}

/** A delivery as press reads it: the piece it is about, and `published` for what the outbox calls sent. */
export const presentDelivery = (out: Record<string, unknown>): Record<string, unknown> => ({
  ...out,
  piece: pieceOfDeliveryKey(out.key),
  status: deliveryStatusOf(out.status),
});

const stringsOf = (value: unknown, path: string): string[] => {
  const list = Array.isArray(value) ? value : [value];
  if (!list.length || !list.every((v) => typeof v === 'string' && v !== '')) {
    throw new BadRequest([{ path, code: 'invalid_type', params: { variant: 'id_or_id_list' }, message: 'Debe ser un identificador o una lista de identificadores' }]);
  }
  return list as string[];
};

const equality = (field: string, values: string[], op: string, path: string): Filters => {
  if (op !== '$eq' && op !== '$in') throw new BadRequest([{ path, code: 'invalid_operator', params: { variant: 'list' }, message: 'Una lista solo admite igualdad o exclusión' }]);
  return values.length === 1 ? { [field]: values[0] } : { [field]: { $in: values } };
};

/**
 * The deliveries: the outbox rows of the pieces' channels (never an e-mail), read only. Filter by
 * `piece` (its id) or by `status` as press names it.
 */
export const deliveries: ResourceDef = {
  name: 'deliveries',
  uid: OUTBOX_UID,
  searchable: ['key', 'lastError'],
  hidden: ['payload', 'leaseOwner', 'leaseUntil'],
  readScope: deliveryScope,
  readonlyResource: true,
  present: (_record, out) => presentDelivery(out),
  /** One look at the channels for the batch: paused (credentials refused) or not configured. */
  decorate: async (rows) => {
    const paused = await pausedChannels(strapi);
    const channels = [...new Set(rows.map((r) => String(r.channel)))];
    const configured = new Map(await Promise.all(channels.map(async (c) => [c, paused.has(c) || (await channelConfigured(c))] as const)));
    for (const row of rows) Object.assign(row, deliveryState(row, { paused: paused.has(String(row.channel)), configured: configured.get(String(row.channel)) ?? false }));
  },
  virtualFilters: {
    piece: (value, op) => equality('key', stringsOf(value, 'filter.piece').map(deliveryKey), op, 'filter.piece'),
    status: (value, op) => {
      const wanted = stringsOf(value, 'filter.status');
      const unknown = wanted.filter((s) => !(DELIVERY_STATUSES as readonly string[]).includes(s));
      if (unknown.length) throw new BadRequest([{ path: 'filter.status', code: 'invalid_choice', params: { allowed: [...DELIVERY_STATUSES] }, message: `Debe ser uno de: ${DELIVERY_STATUSES.join(', ')}` }]);
      return equality('status', wanted.map(outboxStatusOf), op, 'filter.status');
    },
  },
};

/** A piece's delivery as this user reads it, or null while it has none. */
export async function deliveryOf(strapi: Core.Strapi, user: BackofficeUser, pieceDocumentId: string): Promise<Record<string, unknown> | null> {
  const row = (await strapi.db.query(OUTBOX_UID).findOne({
    where: { key: deliveryKey(pieceDocumentId), channel: { $in: [...PIECE_CHANNELS] } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  return row ? getOne(strapi, deliveries, user, row.documentId) : null;
}

/**
 * "Reintentar": a delivery that failed or needs review is sent again from scratch, its piece
 * back to `sending`. Anything else is refused (400 `not_retryable`): it is on its way or out.
 */
export async function retryDelivery(strapi: Core.Strapi, user: BackofficeUser, documentId: string) {
  await inTransaction(strapi, async () => {
    const row = (await findReadable(strapi, deliveries, user, documentId)) as DocumentRecord & { channel: string; key: string; status: string };
    const piece = pieceOfDeliveryKey(row.key);
    if (!RETRYABLE_DELIVERY_STATUSES.includes(deliveryStatusOf(row.status) as DeliveryStatus) || !piece) {
      throw new BadRequest([{ path: 'status', code: 'not_retryable', message: 'Solo se reintenta un envío fallido o que necesita revisión' }]);
    }
    await requeueMessage(strapi, row.channel, row.key);
    const stored = (await strapi.db.query(PIECE_UID).findOne({ where: { documentId: piece }, select: ['status'] })) as { status: string } | null;
    if (stored && stored.status !== 'published') await updateDocument(strapi, PIECE_UID, piece, { status: 'sending', lastError: null });
  });
  // Read once committed: its channel's state is read on its own connection (SQLite has one).
  return getOne(strapi, deliveries, user, documentId);
}
