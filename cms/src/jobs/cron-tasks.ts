import type { Core } from '@strapi/strapi';
import { flushOutbox } from '../notifications/outbox';
import { cronJobsOf } from '../backoffice/registry';
import { MODULES } from '../modules';

type Task = { task: (ctx: { strapi: Core.Strapi }) => Promise<unknown>; options: { rule: string } };

/**
 * Scheduled jobs (node-schedule rules): the outbox's, then every module's (from the static
 * module list: Strapi reads its server config before register()). Jobs read the municipality's
 * time zone from the settings themselves; the outbox they write to survives a restart.
 */
export const cronTasks: Record<string, Task> = {
  outbox: { task: ({ strapi }) => flushOutbox(strapi), options: { rule: '* * * * *' } },
  ...cronJobsOf(MODULES),
};
