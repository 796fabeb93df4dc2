import type { Core } from '@strapi/strapi';
import { everySecondsRule, leasedTasks, tickOf, type CronTask, type TakeLease } from './cron-lease';

const strapi = {} as Core.Strapi;

/** Two "processes" sharing one set of taken (job, tick) pairs, as the lease table is shared. */
function twoProcesses(tasks: Record<string, CronTask>, opts: { everySeconds?: number } = {}) {
  const taken = new Set<string>();
  const take: TakeLease = async (_s, job, tick) => {
    const key = `${job}@${tick}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  const log: string[] = [];
  return { a: leasedTasks(tasks, take, { ...opts, log: (m) => log.push(m) }), b: leasedTasks(tasks, take, { ...opts, log: (m) => log.push(m) }), log };
}

describe('cron jobs across processes', () => {
  it('runs a job once per tick however many processes fire it', async () => {
    const runs: Date[] = [];
    const { a, b, log } = twoProcesses({ outbox: { task: async (_ctx, at) => runs.push(at!), options: { rule: '* * * * *' } } });
    const tick = new Date('2030-03-04T10:05:00.000Z');
    await Promise.all([a.outbox.task({ strapi }, tick), b.outbox.task({ strapi }, tick)]);
    expect(runs).toEqual([tick]);
    expect(log).toEqual([expect.stringMatching(/^cron outbox: tick 2030-03-04T10:05:00.000Z runs on /)]);
  });

  it('runs the next tick again, and each job on its own', async () => {
    const runs: string[] = [];
    const job = (name: string): CronTask => ({ task: async () => runs.push(name), options: { rule: '* * * * *' } });
    const { a, b } = twoProcesses({ outbox: job('outbox'), digest: job('digest') });
    await a.outbox.task({ strapi }, new Date('2030-03-04T10:05:00Z'));
    await b.outbox.task({ strapi }, new Date('2030-03-04T10:06:00Z'));
    await b.digest.task({ strapi }, new Date('2030-03-04T10:06:00Z'));
    await a.digest.task({ strapi }, new Date('2030-03-04T10:06:00Z'));
    expect(runs).toEqual(['outbox', 'outbox', 'digest']);
  });

  it('keeps each job’s schedule, or fires every job every N seconds when told to (tests)', () => {
    const tasks = { outbox: { task: async () => 0, options: { rule: '15 * * * *' } } };
    expect(twoProcesses(tasks).a.outbox.options.rule).toBe('15 * * * *');
    expect(twoProcesses(tasks, { everySeconds: 2 }).a.outbox.options.rule).toBe(everySecondsRule(2));
    expect(everySecondsRule(2)).toBe('*/2 * * * * *');
  });

  it('counts a tick to the second, from when it was scheduled rather than when it started', () => {
    const late = new Date('2030-03-04T10:05:00.900Z');
    expect(tickOf(new Date('2030-03-04T10:05:00.000Z'), late)).toBe(Date.parse('2030-03-04T10:05:00Z'));
    expect(tickOf(new Date('2030-03-04T10:05:00.450Z'), late)).toBe(Date.parse('2030-03-04T10:05:00Z'));
    expect(tickOf(undefined, late)).toBe(Date.parse('2030-03-04T10:05:00Z'));
  });
});
