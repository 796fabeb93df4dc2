import { defineModule } from '../../backoffice/registry';
import type { Permission } from '../../backoffice/types';
import { communications, deliveries, pieces } from './resources';
import { registerOpportunities } from './opportunities';
import { communicationsReport, communicationsReportCsv, untoldReport } from './reports';
import { seedCommunications } from './seed';

const READ_COMMUNICATIONS: Permission = { resource: 'communications', action: 'read' };

/** Comunicación: communication actions, their pieces per channel, and the deliveries that publish them. */
export const communicationsModule = defineModule({
  name: 'communications',
  resources: [communications, pieces, deliveries],
  actions: [
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
  notificationKinds: ['communicationOpportunity'],
  seed: (strapi, { log, dir }) => seedCommunications(strapi, log, dir),
  bootstrap: async (strapi) => registerOpportunities(strapi),
});
