import type { OverloadLimits } from '@sigobito/config';

/**
 * What became of a request at the gate: `run` (it holds a place until `release()`), `full` (the
 * queue had no room), `timeout` (it waited `maxWaitMs` in vain) or `gone` (its client left first).
 */
export type Admission = 'run' | 'full' | 'timeout' | 'gone';

type Waiter = { settle: (outcome: Admission) => void };

/**
 * At most `maxInflight` requests worked on at once, at most `maxQueued` waiting for a place, each
 * for at most `maxWaitMs`, first come first served. Without a bound, every request is started at
 * once and they all share the database's connections: under a flood each of them takes longer
 * than its client waits, and the CMS ends up working only for clients that have gone.
 * Pure of I/O: the clock is the timers it is given.
 */
export class Gate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    private readonly limits: OverloadLimits,
    private readonly timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
  ) {}

  get inflight(): number {
    return this.running;
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Waits for a place; `signal` aborts when the client has gone (the wait ends at once as `gone`). */
  enter(signal?: AbortSignal): Promise<Admission> {
    if (signal?.aborted) return Promise.resolve('gone');
    if (this.running < this.limits.maxInflight) {
      this.running++;
      return Promise.resolve('run');
    }
    if (this.queue.length >= this.limits.maxQueued) return Promise.resolve('full');
    return new Promise((resolve) => {
      const onAbort = () => waiter.settle('gone');
      const timer = this.timers.set(() => waiter.settle('timeout'), this.limits.maxWaitMs);
      const waiter: Waiter = {
        settle: (outcome) => {
          const at = this.queue.indexOf(waiter);
          if (at === -1) return; // settled already
          this.queue.splice(at, 1);
          this.timers.clear(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  /** Gives a place back: the longest waiting request takes it over, or it becomes free. */
  release(): void {
    const next = this.queue[0];
    if (next) next.settle('run');
    else if (this.running > 0) this.running--;
  }
}

/** What the gate turned away or dropped since the last report. */
export type OverloadCounts = { full: number; timeout: number; gone: number; stopped: number };

export const noOverload = (): OverloadCounts => ({ full: 0, timeout: 0, gone: 0, stopped: 0 });

/** Pure: the log line for `counts` over the last `seconds`, or null when nothing was refused or dropped. */
export function overloadReport(counts: OverloadCounts, seconds: number, limits: OverloadLimits): string | null {
  const refused = counts.full + counts.timeout;
  if (!refused && !counts.gone && !counts.stopped) return null;
  return (
    `Overload, last ${seconds} s (MAX_INFLIGHT ${limits.maxInflight}, MAX_QUEUED ${limits.maxQueued}, MAX_QUEUE_WAIT_MS ${limits.maxWaitMs}): ` +
    `${refused} answered 503 (${counts.full} with the queue full, ${counts.timeout} after waiting); ` +
    `work dropped for clients that had gone: ${counts.gone} while queued, ${counts.stopped} while running`
  );
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Reads stop halfway when their client goes; a write, once started, runs to its end (no half-made side effects). */
export const isRead = (method: string): boolean => SAFE_METHODS.has(method);

/**
 * Pure: whether a request passes the gate without waiting. The health check (monitors and the start
 * script must tell "busy" from "down") and the back office's own files (read from disk, no
 * database: the app must load to say "busy, retry") do; everything else waits its turn.
 */
export function passesFreely(method: string, path: string): boolean {
  if (!isRead(method)) return false;
  return path === '/_health' || path === '/_health/' || path === '/backoffice' || path.startsWith('/backoffice/');
}
