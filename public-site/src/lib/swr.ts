/**
 * Stale-while-revalidate in the site's own process. What the CMS answered is kept in a bounded
 * LRU and served while it is fresh; for a while after that it is still served at once while one
 * refresh per key runs in the background; past that, visitors wait for the CMS — but when the
 * CMS is down or slow, the last good answer is served, marked as degraded, rather than nothing.
 * Concurrent asks for the same key share one call to the CMS.
 */
import { LRUCache } from 'lru-cache';

export type CacheTimes = {
  /** How long an answer is served without asking the CMS again. */
  freshMs: number;
  /** After that, how long it is still served at once while one refresh runs in the background. */
  staleMs: number;
  /** With an older copy at hand, how long a visitor waits for the CMS before getting the copy. */
  slowMs: number;
};

/** An answer with when it was fetched and, if the last try to refresh it failed, when. */
export type Stamped<T> = { value: T; fetchedAt: number; failedAt: number | null };

/** What a visitor gets: the value, how old it is, and whether it stands in for an answer the CMS failed to give. */
export type Answer<T> = { value: T; fetchedAt: number; degraded: boolean };

export type Freshness = 'fresh' | 'stale' | 'expired' | 'missing';

/** Where an entry stands at `now`: served as is, served while refreshing, or to be fetched again. */
export function freshness(entry: Pick<Stamped<unknown>, 'fetchedAt'> | undefined, now: number, times: Pick<CacheTimes, 'freshMs' | 'staleMs'>): Freshness {
  if (!entry) return 'missing';
  const age = now - entry.fetchedAt;
  if (age < times.freshMs) return 'fresh';
  return age < times.freshMs + times.staleMs ? 'stale' : 'expired';
}

/**
 * Whether the CMS failed to refresh this entry since it was fetched, within the fresh time:
 * then the copy is served at once, and the CMS is not asked again until the fresh time has
 * passed since the failure, instead of making every visitor wait for a CMS known to be down.
 */
export function failedRecently(entry: Pick<Stamped<unknown>, 'fetchedAt' | 'failedAt'>, now: number, times: Pick<CacheTimes, 'freshMs'>): boolean {
  return entry.failedAt !== null && entry.failedAt >= entry.fetchedAt && now - entry.failedAt < times.freshMs;
}

const isDegraded = (entry: Pick<Stamped<unknown>, 'fetchedAt' | 'failedAt'>) => entry.failedAt !== null && entry.failedAt >= entry.fetchedAt;

/** One piece of work per key at a time: whoever asks while it runs gets the same promise. */
export class Coalescer<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const promise = Promise.resolve().then(work);
    const clear = () => {
      if (this.running.get(key) === promise) this.running.delete(key);
    };
    promise.then(clear, clear);
    this.running.set(key, promise);
    return promise;
  }

  has(key: string): boolean {
    return this.running.has(key);
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false };

/** The promise's value if it settles well within `ms`, else `{ ok: false }` (the promise runs on). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false }), ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([promise.then((value): Settled<T> => ({ ok: true, value }), (): Settled<T> => ({ ok: false })), late]);
  } finally {
    clearTimeout(timer);
  }
}

export type SwrOptions<T> = {
  load: (key: string) => Promise<T>;
  times: CacheTimes;
  /** At most this many keys are kept… */
  max: number;
  /** …and at most this total size (sizeOf of each value, at least 1). */
  maxSize: number;
  sizeOf: (value: T) => number;
  /** Told when a background refresh fails (a visitor was served the older copy meanwhile). */
  onBackgroundError?: (error: unknown) => void;
  now?: () => number;
};

export class SwrCache<T> {
  private readonly entries: LRUCache<string, Stamped<T>>;
  private readonly refreshes = new Coalescer<Stamped<T>>();
  private readonly now: () => number;

  constructor(private readonly opts: SwrOptions<T>) {
    this.now = opts.now ?? Date.now;
    this.entries = new LRUCache<string, Stamped<T>>({ max: opts.max, maxSize: opts.maxSize, sizeCalculation: (e) => Math.max(1, opts.sizeOf(e.value)) });
  }

  /** The answer for `key`; throws what `load` throws only when there is no earlier answer to fall back on. */
  async get(key: string): Promise<Answer<T>> {
    const now = this.now();
    const entry = this.entries.get(key);
    const state = freshness(entry, now, this.opts.times);
    if (!entry) return answer(await this.refresh(key));
    // Known down: the copy at once, and no new try before the fresh time has passed since the failure.
    if (state === 'fresh' || failedRecently(entry, now, this.opts.times)) return answer(entry);
    if (state === 'stale') {
      this.refresh(key).catch((error: unknown) => this.opts.onBackgroundError?.(error));
      return answer(entry);
    }
    const settled = await within(this.refresh(key), this.opts.times.slowMs);
    return settled.ok ? answer(settled.value) : { ...answer(entry), degraded: true };
  }

  private refresh(key: string): Promise<Stamped<T>> {
    return this.refreshes.run(key, async () => {
      try {
        const fresh: Stamped<T> = { value: await this.opts.load(key), fetchedAt: this.now(), failedAt: null };
        this.entries.set(key, fresh);
        return fresh;
      } catch (error) {
        const old = this.entries.peek(key);
        if (old) old.failedAt = this.now();
        throw error;
      }
    });
  }
}

const answer = <T>(entry: Stamped<T>): Answer<T> => ({ value: entry.value, fetchedAt: entry.fetchedAt, degraded: isDegraded(entry) });

/** Defaults: a change in the back office shows within seconds; a copy is kept warm for five minutes. */
export const DEFAULT_FRESH_SECONDS = 10;
export const DEFAULT_STALE_SECONDS = 300;
/** Beyond this a visitor with an older copy at hand gets it rather than waiting for the CMS. */
export const SLOW_MS = 1500;

/**
 * The cache's times from PUBLIC_CACHE_FRESH_SECONDS and PUBLIC_CACHE_STALE_SECONDS (whole
 * seconds; 0 and 0 ask the CMS on every view and keep answers only for when it fails).
 * server.mjs refuses anything else at start-up.
 */
export function cacheTimesFrom(env: Record<string, string | undefined>): CacheTimes {
  const seconds = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    return raw && /^\d{1,6}$/.test(raw) ? Number(raw) : fallback;
  };
  return { freshMs: seconds('PUBLIC_CACHE_FRESH_SECONDS', DEFAULT_FRESH_SECONDS) * 1000, staleMs: seconds('PUBLIC_CACHE_STALE_SECONDS', DEFAULT_STALE_SECONDS) * 1000, slowMs: SLOW_MS };
}
