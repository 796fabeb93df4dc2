import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Stores, type StoreOptions } from 'koa2-ratelimit';
import type Redis from 'ioredis';
import { getEnv } from '@sigobito/config';
import { sharedRedis } from './redis';

/**
 * Fixed-window counters per key (a client address) through rate-limiter-flexible: in Redis when
 * REDIS_URL is set, so every CMS process counts against the same limit, else in this process's
 * memory (one process). If Redis becomes unreachable each process goes on counting in its own
 * memory (the library's insurance limiter) rather than refusing everyone or letting everyone
 * through: the brake is then what one process has, N times over, until Redis is back.
 */
function counters(name: string, points: number, windowMs: number, shared: Shared): RateLimiterAbstract {
  const duration = Math.ceil(windowMs / 1000);
  const memory = () => new RateLimiterMemory({ keyPrefix: name, points, duration });
  const where = shared();
  if (!where) return memory();
  return new RateLimiterRedis({ storeClient: where.redis, keyPrefix: `${where.prefix}limit:${name}`, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory() });
}

/** Where counts are shared: the configured Redis and key prefix, or nowhere (this process's memory). */
export type Shared = () => { redis: Redis; prefix: string } | null;
const fromEnv: Shared = () => {
  const redis = sharedRedis(typeof strapi === 'undefined' ? console : strapi.log);
  return redis ? { redis, prefix: getEnv().REDIS_PREFIX } : null;
};
/** For tests of the single-process default. */
export const inMemory: Shared = () => null;

export type Limiter = {
  /** Counts a hit; false when the key is over its limit in the current window. */
  take: (key: string) => Promise<boolean>;
  /** Whether the key has used up its limit in the current window (counts nothing). */
  isOver: (key: string) => Promise<boolean>;
  /** Forgets every count (tests). */
  reset: () => Promise<void>;
};

/** `limit` hits per key and window; made on first use, so loading the module connects to nothing. */
export function sharedLimiter(name: string, limit: number, windowMs: number, shared: Shared = fromEnv): Limiter {
  let store: RateLimiterAbstract | null = null;
  const get = () => (store ??= counters(name, limit, windowMs, shared));
  return {
    async take(key) {
      try {
        await get().consume(key);
        return true;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return false;
        throw refusal;
      }
    },
    async isOver(key) {
      const state = await get().get(key);
      return !!state && state.consumedPoints >= limit;
    },
    async reset() {
      const where = store instanceof RateLimiterRedis ? shared() : null;
      store = null;
      if (!where) return;
      const match = `${where.prefix}limit:${name}:*`;
      for await (const keys of where.redis.scanStream({ match, count: 500 })) if ((keys as string[]).length) await where.redis.del(...(keys as string[]));
    },
  };
}

/**
 * users-permissions' own limit on its auth routes (koa2-ratelimit, which counts every request)
 * with the same counters: its default store is this process's memory, so N processes would let
 * N times the requests through. Counts never refuse here; koa2-ratelimit compares with `max`.
 */
export class SharedRateLimitStore extends Stores.Store {
  private store: RateLimiterAbstract | null = null;

  constructor(
    private readonly name: string,
    private readonly windowMs: number,
    private readonly shared: Shared = fromEnv,
  ) {
    super();
  }

  private get counters() {
    return (this.store ??= counters(this.name, Number.MAX_SAFE_INTEGER, this.windowMs, this.shared));
  }

  override async incr(key: string, options: StoreOptions, weight: number) {
    const res = await this.counters.penalty(key, weight, { customDuration: Math.ceil(options.interval / 1000) });
    return { counter: res.consumedPoints, dateEnd: Date.now() + res.msBeforeNext };
  }

  override async decrement(key: string, options: StoreOptions, weight: number) {
    await this.counters.reward(key, weight, { customDuration: Math.ceil(options.interval / 1000) });
  }

  override saveAbuse() {}
}
