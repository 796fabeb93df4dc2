import { RateLimiter } from './rate-limit';

describe('the request rate limit', () => {
  it('lets the limit through in a window, refuses the next one, and forgets after the window', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([true, true, false]);
    expect(limiter.take('b', 20)).toBe(true);
    expect(limiter.take('a', 1000)).toBe(true);
  });
});
