import { defineModule, resourceByName } from '../../backoffice/registry';
import { findReadable } from '../../backoffice/engine';
import { forbidden } from '../../backoffice/errors';
import type { BackofficeUser, Permission } from '../../backoffice/types';
import { aros, goals, milestones, progressReports } from './resources';
import { escalateAro } from './escalate';
import { dashboard, digestText } from './dashboard';
import { consolidated, qualityReport } from './reports';
import { goalHandovers } from './handover';
import { sendMilestoneReminders, sendWeeklyDigest } from './notifications';
import { seedGoals } from './seed';
import { goalsStory } from './story';

const READ_GOALS: Permission = { resource: 'goals', action: 'read' };
const MAYOR_VIEW: BackofficeUser = { id: 0, username: 'digest', email: '', role: 'mayor', member: null };

/** Metas prioritarias: goals, milestones, progress reports, ARO, the dashboard and the reports. */
export const goalsModule = defineModule({
  name: 'goals',
  resources: [goals, milestones, progressReports, aros],
  actions: [
    {
      /** Escalating a restriction: follow-up (and the mayor) create the agenda team's task. */
      method: 'POST',
      path: '/aros/:id/escalate',
      permission: [
        { resource: 'aros', action: 'update' },
        { resource: 'tasks', action: 'create' },
      ],
      handler: async ({ strapi, user, params, body, setStatus }) => {
        if (user.role === 'goal-manager') throw forbidden();
        await findReadable(strapi, resourceByName('aros')!, user, params.id);
        setStatus(201);
        return escalateAro(strapi, user, params.id, body);
      },
    },
    { method: 'GET', path: '/dashboard', permission: READ_GOALS, handler: ({ strapi, user }) => dashboard(strapi, user) },
    { method: 'GET', path: '/reports/goals', permission: READ_GOALS, handler: ({ strapi, user }) => consolidated(strapi, user) },
    { method: 'GET', path: '/reports/quality', permission: READ_GOALS, handler: ({ strapi, user }) => qualityReport(strapi, user) },
  ],
  story: goalsStory,
  handovers: goalHandovers,
  notificationKinds: ['milestoneDue', 'newRestriction', 'weeklyDigest'],
  cronJobs: {
    milestoneReminders: { task: ({ strapi }) => sendMilestoneReminders(strapi), options: { rule: '10 * * * *' } },
    weeklyDigest: { task: ({ strapi }) => sendWeeklyDigest(strapi, new Date(), (now) => digestText(strapi, MAYOR_VIEW, now)), options: { rule: '15 * * * *' } },
  },
  seed: (strapi, { log, dir }) => seedGoals(strapi, log, dir).then(() => undefined),
});
