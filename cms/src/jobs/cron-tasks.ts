/**
 * Scheduled jobs (node-schedule rules, in the municipality's time zone). Later modules add
 * theirs here: daily task reminders, milestone alerts, the mayor's weekly digest.
 */
export const cronTasks: Record<string, { task: (ctx: { strapi: unknown }) => Promise<void> | void; options: { rule: string; tz?: string } }> = {};
