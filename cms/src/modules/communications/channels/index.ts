import type { Core } from '@strapi/strapi';
import { registerAdapter } from '../../../outbox/adapters';
import type { CronJob } from '../../../backoffice/types';
import { createFacebookClient } from './facebook';
import { channelsPanelAction } from './panel';
import type { PlatformClient } from './platform';
import { createSocialAdapter, probePausedChannel } from './social';
import { channelStates, ensureChannelStates, pausedFor } from './state';
import { createXClient } from './x';

/*
 * Publishing to X and Facebook. The module lists what is here: `registerSocialChannels` from its
 * bootstrap, `channelsPanel` among its actions, `SOCIAL_NOTIFICATION_KINDS` and `socialCronJobs`.
 */

let clients: PlatformClient[] | null = null;
/** The platforms, each reading its credentials from the environment when asked (one per process). */
export const socialClients = (): readonly PlatformClient[] => (clients ??= [createXClient(), createFacebookClient()]);

/** The e-mails this part sends: a channel paused (press and admin), a delivery that failed (press). */
export const SOCIAL_NOTIFICATION_KINDS = ['channelPaused', 'deliveryFailed'] as const;

/** Creates the channel-state table and registers the X and Facebook adapters on the outbox. */
export async function registerSocialChannels(strapi: Core.Strapi): Promise<void> {
  await ensureChannelStates(strapi.db.connection);
  for (const client of socialClients()) registerAdapter(createSocialAdapter(strapi, client));
}

/** Every five minutes, a paused channel whose credentials work again resumes (once per tick in the cluster). */
export const socialCronJobs: Record<string, CronJob> = {
  socialChannelProbe: {
    task: async ({ strapi }) => {
      for (const client of socialClients()) await probePausedChannel(strapi, client);
    },
    options: { rule: '*/5 * * * *' },
  },
};

/** `GET /api/backoffice/channels`: the "Canales" panel. */
export const channelsPanel = channelsPanelAction(socialClients);

/** The channels paused now (for their current credentials): their deliveries show as `paused`. */
export async function pausedChannels(strapi: Core.Strapi): Promise<Set<string>> {
  const states = await channelStates(strapi);
  return new Set(socialClients().filter((c) => {
    const fingerprint = c.fingerprint();
    return fingerprint !== null && pausedFor(states.get(c.channel) ?? null, fingerprint);
  }).map((c) => c.channel));
}
