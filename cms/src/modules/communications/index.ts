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
import { registerOpportunities } from './opportunities';
import { communicationsReport, communicationsReportCsv, untoldReport } from './reports';
import { seedCommunications } from './seed';
import { communicationsStory } from './story';

/** Press's own calls: what the matrix lets only press do (write pieces). */
const PRESS: Permission = { resource: 'pieces', action: 'update' };

const READ_COMMUNICATIONS: Permission = { resource: 'communications', action: 'read' };

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
    /** Communications by month, theme, place and status (`?from=&to=`, local days). */
    { method: 'GET', path: '/reports/communications', permission: READ_COMMUNICATIONS, handler: ({ strapi, user, query }) => communicationsReport(strapi, user, query) },
    {
      method: 'GET',
      path: '/reports/communications.csv',
      permission: READ_COMMUNICATIONS,
      handler: async ({ strapi, user, query, setHeader }) => {
        const { filename, csv } = await communicationsReportCsv(strapi, user, query);
        setHeader('Content-Type', 'text/csv; charset=utf-8');
        setHeader('Content-Disposition', `attachment; filename="${filename}"`);
        return csv;
      },
    },
    /** Completed goals and done milestones that no communication tells. */
    {
      method: 'GET',
      path: '/reports/untold',
      permission: [READ_COMMUNICATIONS, { resource: 'goals', action: 'read' }, { resource: 'milestones', action: 'read' }],
      handler: ({ strapi, user }) => untoldReport(strapi, user),
    },
  ],
  story: communicationsStory,
  handovers: communicationHandovers,
  notificationKinds: ['communicationAwaitingApproval', 'communicationOpportunity', ...SOCIAL_NOTIFICATION_KINDS],
  seed: (strapi, { log, dir }) => seedCommunications(strapi, log, dir),
  cronJobs: { ...socialCronJobs },
  bootstrap: async (strapi) => {
    registerAdapter(webAdapter(strapi));
    registerDeleteRules(strapi);
    registerOpportunities(strapi);
    await registerSocialChannels(strapi);
  },
});
