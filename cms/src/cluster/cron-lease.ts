import os from 'node:os';
import type { Core } from '@strapi/strapi';

/**
 * Which process runs each tick of each scheduled job. Every CMS process schedules every job;
 * on each tick they all try to insert the same (job, tick) row and the primary key lets exactly
 * one of them win, so a job runs once per tick however many processes there are, and a process
 * that is down simply never wins. In the database rather than in Redis: it is the one thing every
 * process must share anyway, so the lease cannot disagree with the data the jobs work on, and
 * losing Redis does not stop the jobs. Strapi leaves tables it did not create alone.
 */
export const CRON_LEASES_TABLE = 'sigobito_cron_leases';
/** Lease rows are kept this long (what ran where, for a person to check), then cleared. */
export const KEEP_LEASES_MS = 7 * 86_400_000;

type Knex = Core.Strapi['db']['connection'];
type Ctx = { strapi: Core.Strapi };
export type CronTask = { task: (ctx: Ctx, fireDate?: Date) => Promise<unknown>; options: { rule: string } };
/** Takes the lease of one tick of one job: true in the one process that is to run it. */
export type TakeLease = (strapi: Core.Strapi, job: string, tickMs: number) => Promise<boolean>;

/** This process, as lease rows and logs name it. */
export const HOLDER = `${os.hostname()}:${process.pid}`.slice(0, 100);

/** Pure: the tick a run belongs to: the time it was scheduled for, to the second (every process computes the same). */
export const tickOf = (fireDate: Date | undefined, now: Date): number => Math.floor((fireDate ?? now).getTime() / 1000) * 1000;

/** Pure: a croner rule (with seconds) that fires every `seconds` seconds. */
export const everySecondsRule = (seconds: number): string => `*/${seconds} * * * * *`;

/**
 * Pure apart from what it is given: the same jobs, each run only in the process that takes the
 * lease of its tick. With `everySeconds` (tests only) every job fires that often instead.
 */
export function leasedTasks(tasks: Record<string, CronTask>, take: TakeLease, opts: { everySeconds?: number; log: (message: string) => void }): Record<string, CronTask> {
  return Object.fromEntries(
    Object.entries(tasks).map(([job, { task, options }]) => [
      job,
      {
        options: opts.everySeconds ? { ...options, rule: everySecondsRule(opts.everySeconds) } : options,
        task: async (ctx: Ctx, fireDate?: Date) => {
          const tick = tickOf(fireDate, new Date());
          if (!(await take(ctx.strapi, job, tick))) return undefined;
          opts.log(`cron ${job}: tick ${new Date(tick).toISOString()} runs on ${HOLDER}`);
          return task(ctx, fireDate);
        },
      },
    ]),
  );
}

/** Creates the lease table on the first start (under the start-up lock: see boot-lock.ts). */
export async function ensureCronLeases(db: Knex): Promise<void> {
  if (await db.schema.hasTable(CRON_LEASES_TABLE)) return;
  await db.schema.createTable(CRON_LEASES_TABLE, (t) => {
    t.string('job', 64).notNullable();
    t.bigInteger('tick').notNullable();
    t.string('holder', 100).notNullable();
    t.primary(['job', 'tick']);
  });
}

/** The lease in the database: the primary key makes "is it taken?" and "take it" one atomic step. */
export const takeLeaseInDatabase: TakeLease = async (strapi, job, tickMs) => {
  const db = strapi.db.connection;
  await db(CRON_LEASES_TABLE).where('job', job).andWhere('tick', '<', tickMs - KEEP_LEASES_MS).delete();
  try {
    await db(CRON_LEASES_TABLE).insert({ job, tick: tickMs, holder: HOLDER });
    return true;
  } catch (error) {
    // Another process took this tick first (a duplicate key, or a lost certification on Galera).
    if (await db(CRON_LEASES_TABLE).where({ job, tick: tickMs }).first()) return false;
    throw error;
  }
};
