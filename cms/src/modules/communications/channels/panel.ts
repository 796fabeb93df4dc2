import type { Core } from '@strapi/strapi';
import { PIECE_CHANNELS, type ChannelPanelRow, type ChannelsAnswer, type PieceChannel } from '@sigobito/config/contracts';
import type { ActionDef } from '../../../backoffice/types';
import { adapterFor } from '../../../outbox/adapters';
import { ATTENTION_STATUSES, OPEN_STATUSES, OUTBOX_UID } from '../../../outbox/outbox';
import type { PlatformClient } from './platform';
import { channelStates, pausedFor } from './state';

const iso = (v: string | Date | null | undefined) => (v ? new Date(v).toISOString() : null);

/**
 * The "Canales" panel: for each channel, whether it is configured or paused, its last success
 * and last error (from its deliveries, the record of truth), and how many deliveries wait or
 * need a person.
 */
export async function channelsPanel(strapi: Core.Strapi, clients: readonly PlatformClient[]): Promise<ChannelsAnswer> {
  const states = await channelStates(strapi);
  const q = () => strapi.db.query(OUTBOX_UID);
  const row = async (channel: PieceChannel): Promise<ChannelPanelRow> => {
    const client = clients.find((c) => c.channel === channel);
    const fingerprint = client ? client.fingerprint() : null;
    const state = states.get(channel) ?? null;
    const paused = fingerprint !== null && pausedFor(state, fingerprint);
    const [success, error, waiting, needsAttention] = await Promise.all([
      q().findOne({ where: { channel, status: 'sent' }, orderBy: { sentAt: 'desc' }, select: ['sentAt', 'externalUrl'] }) as Promise<{ sentAt: string | null; externalUrl: string | null } | null>,
      q().findOne({ where: { channel, lastError: { $notNull: true } }, orderBy: { updatedAt: 'desc' }, select: ['lastError', 'updatedAt'] }) as Promise<{ lastError: string; updatedAt: string } | null>,
      q().count({ where: { channel, status: { $in: [...OPEN_STATUSES] } } }),
      q().count({ where: { channel, status: { $in: [...ATTENTION_STATUSES] } } }),
    ]);
    return {
      channel,
      configured: client ? fingerprint !== null : Boolean(adapterFor(channel)),
      paused,
      pausedAt: paused ? iso(state?.pausedAt) : null,
      pauseReason: paused ? (state?.pauseReason ?? null) : null,
      lastSuccessAt: iso(success?.sentAt),
      lastSuccessUrl: success?.externalUrl ?? null,
      lastErrorAt: iso(error?.updatedAt),
      lastError: error?.lastError ?? null,
      waiting: Number(waiting),
      needsAttention: Number(needsAttention),
    };
  };
  return { data: await Promise.all(PIECE_CHANNELS.map(row)) };
}

/** `GET /api/backoffice/channels`: whoever reads the deliveries (press, the mayor, the administrators). */
export const channelsPanelAction = (clients: () => readonly PlatformClient[]): ActionDef => ({
  method: 'GET',
  path: '/channels',
  permission: { resource: 'deliveries', action: 'read' },
  handler: ({ strapi }) => channelsPanel(strapi, clients()),
});
