import type { Core } from '@strapi/strapi';
import { flushOutbox } from '../notifications/outbox';
import { sendTaskReminders } from '../modules/agenda/notifications';
import { sendMilestoneReminders, sendWeeklyDigest } from '../modules/goals/notifications';
import { digestText } from '../modules/goals/dashboard';
import type { BackofficeUser } from '../backoffice/types';

const MAYOR_VIEW: BackofficeUser = { id: 0, username: 'digest', email: '', role: 'mayor', member: null };

type Task = { task: (ctx: { strapi: Core.Strapi }) => Promise<unknown>; options: { rule: string } };

/**
 * Scheduled jobs (node-schedule rules). Jobs read the municipality's time zone from the
 * settings themselves; the outbox they write to survives a restart.
 */
export const cronTasks: Record<string, Task> = {
  outbox: { task: ({ strapi }) => flushOutbox(strapi), options: { rule: '* * * * *' } },
  taskReminders: { task: ({ strapi }) => sendTaskReminders(strapi), options: { rule: '5 * * * *' } },
  milestoneReminders: { task: ({ strapi }) => sendMilestoneReminders(strapi), options: { rule: '10 * * * *' } },
  weeklyDigest: { task: ({ strapi }) => sendWeeklyDigest(strapi, new Date(), (now) => digestText(strapi, MAYOR_VIEW, now)), options: { rule: '15 * * * *' } },
};
