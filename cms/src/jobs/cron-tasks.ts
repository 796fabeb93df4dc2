import type { Core } from '@strapi/strapi';
import { flushOutbox } from '../notifications/outbox';
import { sendTaskReminders } from '../notifications/agenda';

type Task = { task: (ctx: { strapi: Core.Strapi }) => Promise<unknown>; options: { rule: string } };

/**
 * Scheduled jobs (node-schedule rules). Jobs read the municipality's time zone from the
 * settings themselves; the outbox they write to survives a restart.
 */
export const cronTasks: Record<string, Task> = {
  outbox: { task: ({ strapi }) => flushOutbox(strapi), options: { rule: '* * * * *' } },
  taskReminders: { task: ({ strapi }) => sendTaskReminders(strapi), options: { rule: '5 * * * *' } },
};
