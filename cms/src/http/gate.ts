import type { OverloadLimits } from '@sigobito/config';

/**
 * What became of a request at the gate: `run` (it holds a place until `release()`), `full` (the
 * queue had no room), `timeout` (it waited `maxWaitMs` in vain), `stalled` (it had waited that
 * long already, behind a stalled event loop) or `gone` (its client left first).
 */
export type Admission = 'run' | 'full' | 'timeout' | 'stalled' | 'gone';

type Waiter = { since: number; settle: (outcome: Admission) => void };

export type Clock = { now: () => number; set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

const realClock: Clock = { now: () => performance.now(), set: (fn, ms) => setTimeout(fn, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) };

/**
 * At most `maxInflight` requests worked on at once, at most `maxQueued` waiting for a place, each
 * for at most `maxWaitMs`, first come first served. Without a bound, every request is started at
 * once and they all share the database's connections: under a flood each of them takes longer
 * than its client waits, and the CMS ends up working only for clients that have gone.
 *
 * Requests also wait where the gate cannot count them: in the event loop and the sockets' buffers.
 * With a synchronous driver (better-sqlite3) a request runs to its end without letting the loop
 * turn, so the requests read after it wait unseen, and the ones not read yet wait longer still.
 * `turned()` (called from a timer) marks each turn of the loop. A turn that lasted `maxWaitMs`
 * with `maxInflight` requests started in it is a stall: the requests still waiting in it get their
 * 503 at once. And from then on, while the load lasts, every turn starts `maxInflight` requests
 * and turns the rest away, so that the loop comes round often, the waiting requests are read and
 * answered soon, and the CMS is free within moments of the load stopping. The first turn with room
 * to spare ends that. One slow request alone does not stall the others out.
 * Pure of I/O: the clock is the one it is given.
 */
export class Gate {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private turnStarted: number;
  private startedThisTurn = 0;
  private overloaded = false;

  constructor(
    private readonly limits: OverloadLimits,
    private readonly clock: Clock = realClock,
  ) {
    this.turnStarted = clock.now();
  }

  get inflight(): number {
    return this.running;
  }

  get queued(): number {
    return this.queue.length;
  }

  /** The event loop has turned: requests read from now on did not wait behind the last turn. */
  turned(): void {
    const now = this.clock.now();
    const full = this.startedThisTurn >= this.limits.maxInflight;
    if (full && now - this.turnStarted >= this.limits.maxWaitMs) this.overloaded = true;
    else if (!full) this.overloaded = false;
    this.turnStarted = now;
    this.startedThisTurn = 0;
  }

  /** Waits for a place; `signal` aborts when the client has gone (the wait ends at once as `gone`). */
  enter(signal?: AbortSignal): Promise<Admission> {
    if (signal?.aborted) return Promise.resolve('gone');
    if (this.stalled()) return Promise.resolve('stalled');
    if (this.running < this.limits.maxInflight) return Promise.resolve(this.start());
    if (this.queue.length >= this.limits.maxQueued) return Promise.resolve('full');
    return new Promise((resolve) => {
      const onAbort = () => waiter.settle('gone');
      const timer = this.clock.set(() => waiter.settle('timeout'), this.limits.maxWaitMs);
      const waiter: Waiter = {
        since: this.clock.now(),
        settle: (outcome) => {
          const at = this.queue.indexOf(waiter);
          if (at === -1) return; // settled already
          this.queue.splice(at, 1);
          this.clock.clear(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  /**
   * Gives a place back: the longest waiting request takes it over, or it becomes free. A request
   * that has waited `maxWaitMs` already is turned away instead: its timer may not have fired yet,
   * when places are handed over from request to request without the event loop turning.
   */
  release(): void {
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      if (this.clock.now() - next.since >= this.limits.maxWaitMs) {
        next.settle('timeout');
        continue;
      }
      this.startedThisTurn++;
      next.settle('run');
      return;
    }
    if (this.running > 0) this.running--;
  }

  private stalled(): boolean {
    return this.startedThisTurn >= this.limits.maxInflight && (this.overloaded || this.clock.now() - this.turnStarted >= this.limits.maxWaitMs);
  }

  private start(): 'run' {
    this.running++;
    this.startedThisTurn++;
    return 'run';
  }
}

/**
 * While new connections come in, one request starts its work per turn of the event loop, first
 * come first served. Node's libuv accepts one new connection per turn (libuv pull request 3696),
 * so the turns must stay short for a burst of clients to be accepted and answered (a 200 or a
 * fast 503) within moments. With a synchronous driver (better-sqlite3) a request runs to its end
 * once started, and places handed from request to request would otherwise run a whole queue in
 * one turn: under 300 new connections the CMS accepted two every ~150 ms, and clients waited
 * unaccepted for 10 s. Once no connection has been accepted for `windowMs`, (keep-alive clients,
 * a quiet CMS) requests start at once again: a turn to each would cost the lightest lists a
 * quarter of their throughput. Pure of I/O: `soon` is the next turn of the loop (`setImmediate`)
 * and `now` the clock, or the test's.
 */
export class Pacer {
  private readonly waiting: (() => void)[] = [];
  private taken = false;
  private lastAccepted = -Infinity;

  constructor(
    private readonly soon: (fn: () => void) => void = (fn) => void setImmediate(fn),
    private readonly now: () => number = () => performance.now(),
    private readonly windowMs = 100,
  ) {}

  /** How many requests wait for a turn of their own. */
  get queued(): number {
    return this.waiting.length;
  }

  /** A new connection was accepted: there may be more waiting to be. */
  accepted(): void {
    this.lastAccepted = this.now();
  }

  /** Resolves when this request may start: now if no request started in this turn, or no connection came lately; else in a later turn. */
  turn(): Promise<void> {
    if (!this.taken) {
      this.taken = true;
      this.soon(() => this.next());
      return Promise.resolve();
    }
    if (!this.accepting()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private accepting(): boolean {
    return this.now() - this.lastAccepted < this.windowMs;
  }

  private next(): void {
    if (!this.waiting.length) {
      this.taken = false;
      return;
    }
    if (!this.accepting()) {
      for (const resolve of this.waiting.splice(0)) resolve();
      this.taken = false;
      return;
    }
    this.waiting.shift()!();
    this.soon(() => this.next());
  }
}

/** What the gate turned away or dropped since the last report. */
export type OverloadCounts = { full: number; timeout: number; stalled: number; gone: number; stopped: number };

export const noOverload = (): OverloadCounts => ({ full: 0, timeout: 0, stalled: 0, gone: 0, stopped: 0 });

/** Pure: the log line for `counts` over the last `seconds`, or null when nothing was refused or dropped. */
export function overloadReport(counts: OverloadCounts, seconds: number, limits: OverloadLimits): string | null {
  const refused = counts.full + counts.timeout + counts.stalled;
  if (!refused && !counts.gone && !counts.stopped) return null;
  return (
    `Overload, last ${seconds} s (MAX_INFLIGHT ${limits.maxInflight}, MAX_QUEUED ${limits.maxQueued}, MAX_QUEUE_WAIT_MS ${limits.maxWaitMs}): ` +
    `${refused} answered 503 (${counts.full} with the queue full, ${counts.timeout} after waiting in it, ${counts.stalled} after waiting behind a stalled event loop); ` +
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
