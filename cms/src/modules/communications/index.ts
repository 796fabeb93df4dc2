import { defineModule } from '../../backoffice/registry';
import type { Permission } from '../../backoffice/types';
import { registerAdapter } from '../../outbox/adapters';
import { communications, deliveries, pieces } from './resources';
import { channelsPanel, registerSocialChannels, SOCIAL_NOTIFICATION_KINDS, socialCronJobs } from './channels';
import { transitionCommunication } from './transition';
import { publishPiece } from './publish';
import { correctNews, withdrawNews } from './news';
import { retryDelivery } from './deliveries';
import { registerDeleteRules } from './delete-rules';
import { webAdapter } from './web-channel';
import { communicationHandovers } from './handover';

/** Press's own calls: what the matrix lets only press do (write pieces). */
const PRESS: Permission = { resource: 'pieces', action: 'update' };

/** Comunicación: communication actions, their pieces per channel, and the deliveries that publish them. */
export const communicationsModule = defineModule({
  name: 'communications',
  resources: [communications, pieces, deliveries],
  actions: [
    channelsPanel,
    {
      /** A workflow move; who may make which is checked with the approver roles of the settings. */
      method: 'POST',
      path: '/communications/:id/transition',
      permission: { resource: 'communications', action: 'read' },
      handler: ({ strapi, user, params, body }) => transitionCommunication(strapi, user, params.id, body),
    },
    { method: 'POST', path: '/pieces/:id/publish', permission: PRESS, handler: ({ strapi, user, params }) => publishPiece(strapi, user, params.id) },
    {
      method: 'POST',
      path: '/communications/:id/withdraw',
      permission: [{ resource: 'communications', action: 'update' }, PRESS],
      handler: ({ strapi, user, params, body }) => withdrawNews(strapi, user, params.id, body),
    },
    {
      method: 'POST',
      path: '/communications/:id/correct',
      permission: [{ resource: 'communications', action: 'update' }, PRESS],
      handler: ({ strapi, user, params, body }) => correctNews(strapi, user, params.id, body),
    },
    {
      method: 'POST',
      path: '/deliveries/:id/retry',
      permission: [{ resource: 'deliveries', action: 'read' }, PRESS],
      handler: ({ strapi, user, params }) => retryDelivery(strapi, user, params.id),
    },
  ],
  handovers: communicationHandovers,
  notificationKinds: ['communicationAwaitingApproval', ...SOCIAL_NOTIFICATION_KINDS],
  cronJobs: { ...socialCronJobs },
  bootstrap: async (strapi) => {
    registerAdapter(webAdapter(strapi));
    registerDeleteRules(strapi);
    await registerSocialChannels(strapi);
  },
});
