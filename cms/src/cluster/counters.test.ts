import Redis from 'ioredis';
import { inMemory, sharedLimiter, SharedRateLimitStore } from './counters';

// Without REDIS_URL the counters are this process's memory: the single-process default.
beforeEach(() => jest.useFakeTimers({ now: Date.parse('2030-03-04T10:00:00Z') }));
afterEach(() => jest.useRealTimers());

describe('a limit counted per key and window', () => {
  it('lets the limit through in a window, refuses the next one, and forgets after the window', async () => {
    const limiter = sharedLimiter('test-form', 2, 60_000, inMemory);
    expect([await limiter.take('a'), await limiter.take('a'), await limiter.take('a')]).toEqual([true, true, false]);
    expect(await limiter.take('b')).toBe(true);
    jest.advanceTimersByTime(60_000);
    expect(await limiter.take('a')).toBe(true);
  });

  it('says a key is over only once it has used up the limit, without counting', async () => {
    const limiter = sharedLimiter('test-login', 2, 60_000, inMemory);
    expect(await limiter.isOver('a')).toBe(false);
    await limiter.take('a');
    expect(await limiter.isOver('a')).toBe(false);
    await limiter.take('a');
    expect([await limiter.isOver('a'), await limiter.isOver('a'), await limiter.isOver('b')]).toEqual([true, true, false]);
  });

  it('forgets every count on reset', async () => {
    const limiter = sharedLimiter('test-reset', 1, 60_000, inMemory);
    await limiter.take('a');
    expect(await limiter.take('a')).toBe(false);
    await limiter.reset();
    expect(await limiter.take('a')).toBe(true);
  });
});

describe("users-permissions' limit on its auth routes", () => {
  it('counts every request in the window and tells when the window ends', async () => {
    const store = new SharedRateLimitStore('test-auth', 60_000, inMemory);
    const options = { interval: 60_000, max: 30 };
    expect(await store.incr('k', options, 1)).toEqual({ counter: 1, dateEnd: Date.now() + 60_000 });
    jest.advanceTimersByTime(1000);
    expect(await store.incr('k', options, 1)).toEqual({ counter: 2, dateEnd: Date.now() + 59_000 });
    await store.decrement('k', options, 1);
    expect((await store.incr('k', options, 1)).counter).toBe(2);
    jest.advanceTimersByTime(59_000);
    expect((await store.incr('k', options, 1)).counter).toBe(1);
  });
});

describe('when the shared Redis is unreachable', () => {
  it('goes on counting in this process rather than refusing or letting everyone through', async () => {
    jest.useRealTimers();
    // A port nothing listens on, with the client settings the CMS uses (redis.ts).
    const redis = new Redis('redis://127.0.0.1:9', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', () => undefined);
    try {
      const limiter = sharedLimiter('test-down', 2, 60_000, () => ({ redis, prefix: 'test:' }));
      expect([await limiter.take('a'), await limiter.take('a'), await limiter.take('a')]).toEqual([true, true, false]);
      expect(await limiter.isOver('a')).toBe(true);
    } finally {
      redis.disconnect();
    }
  });
});
