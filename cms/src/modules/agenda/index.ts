import { defineModule, resourceByName } from '../../backoffice/registry';
import { BadRequest } from '../../backoffice/errors';
import { findReadable } from '../../backoffice/engine';
import { activities, requests, taskUpdates, tasks } from './resources';
import { transitionRequest } from './request-transition';
import { regenerateCalendarToken } from './calendar-token';
import { agendaHandovers } from './handover';
import { sendTaskReminders } from './notifications';
import { ensureFormTokenUses } from './form-token-uses';
import { seedAgenda } from './seed';
import { agendaStory } from './story';

/** Agenda: activities, requests and their workflow, tasks and their follow-ups, the calendars and the citizen form. */
export const agenda = defineModule({
  name: 'agenda',
  resources: [activities, requests, tasks, taskUpdates],
  actions: [
    {
      method: 'POST',
      path: '/requests/:id/transition',
      permission: { resource: 'requests', action: 'update' },
      handler: async ({ strapi, user, params, body }) => {
        await findReadable(strapi, resourceByName('requests')!, user, params.id);
        return transitionRequest(strapi, user, params.id, body);
      },
    },
    {
      /** A new secret address for the member's full-agenda iCal feed (the old one stops working). */
      method: 'POST',
      path: '/me/calendar-token',
      permission: 'signed-in',
      handler: async ({ strapi, user }) => {
        if (!user.member) throw new BadRequest([{ path: 'member', code: 'no_member', message: 'Su cuenta no tiene perfil de miembro' }]);
        return regenerateCalendarToken(strapi, user.member.id);
      },
    },
  ],
  story: agendaStory,
  handovers: agendaHandovers,
  notificationKinds: ['taskAssigned', 'taskDueSoon', 'taskOverdue', 'requestReceived'],
  cronJobs: { taskReminders: { task: ({ strapi }) => sendTaskReminders(strapi), options: { rule: '5 * * * *' } } },
  seed: (strapi, { log, dir }) => seedAgenda(strapi, log, dir).then(() => undefined),
  bootstrap: ensureFormTokenUses,
});
