import { defineModule } from '../../backoffice/registry';
import { communications, deliveries, pieces } from './resources';
import { channelsPanel, registerSocialChannels, SOCIAL_NOTIFICATION_KINDS, socialCronJobs } from './channels';

/** Comunicación: communication actions, their pieces per channel, and the deliveries that publish them. */
export const communicationsModule = defineModule({
  name: 'communications',
  resources: [communications, pieces, deliveries],
  actions: [channelsPanel],
  notificationKinds: [...SOCIAL_NOTIFICATION_KINDS],
  cronJobs: { ...socialCronJobs },
  bootstrap: (strapi) => registerSocialChannels(strapi),
});
