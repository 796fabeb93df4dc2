import { defineModule } from '../../backoffice/registry';
import { communications, deliveries, pieces } from './resources';

/** Comunicación: communication actions, their pieces per channel, and the deliveries that publish them. */
export const communicationsModule = defineModule({
  name: 'communications',
  resources: [communications, pieces, deliveries],
  actions: [],
});
