import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens: tokens whose signature was checked lately', () => {
  const T0 = 1_800_000_000_000;

  it('answers a remembered token with a copy of its claims, until the time to live ends', () => {
    const cache = new VerifiedTokens(60_000);
    cache.remember('a.b.c', { id: 7, iat: T0 / 1000 }, T0);
    const claims = cache.get('a.b.c', T0 + 59_999)!;
    expect(claims).toEqual({ id: 7, iat: T0 / 1000 });
    (claims as { id: unknown }).id = 8; // a caller's change does not reach the cache
    expect(cache.get('a.b.c', T0 + 1)).toEqual({ id: 7, iat: T0 / 1000 });
    expect(cache.get('a.b.c', T0 + 60_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never answers a token past its own expiry', () => {
    const cache = new VerifiedTokens(60_000);
    cache.remember('t', { id: 1, exp: (T0 + 10_000) / 1000 }, T0);
    expect(cache.get('t', T0 + 9_999)).toEqual({ id: 1, exp: (T0 + 10_000) / 1000 });
    expect(cache.get('t', T0 + 10_000)).toBeUndefined();
  });

  it('does not remember a token that is already expired', () => {
    const cache = new VerifiedTokens();
    cache.remember('t', { id: 1, exp: T0 / 1000 }, T0);
    expect(cache.size).toBe(0);
    expect(cache.get('t', T0)).toBeUndefined();
  });

  it('knows a token only by its exact text: another token (a changed signature, a prefix) is unknown', () => {
    const cache = new VerifiedTokens();
    cache.remember('head.body.sig', { id: 1 }, T0);
    for (const other of ['head.body.sig2', 'head.body.si', 'head.body.SIG', 'constructor', '__proto__', 'toString']) expect(cache.get(other, T0)).toBeUndefined();
  });

  it('keeps at most `max` tokens, forgetting the oldest first', () => {
    const cache = new VerifiedTokens(60_000, 2);
    cache.remember('a', { id: 1 }, T0);
    cache.remember('b', { id: 2 }, T0);
    cache.remember('a', { id: 1 }, T0 + 1); // remembered again: now the newest
    cache.remember('c', { id: 3 }, T0 + 2);
    expect(cache.size).toBe(2);
    expect(cache.get('b', T0 + 3)).toBeUndefined();
    expect(cache.get('a', T0 + 3)).toEqual({ id: 1 });
    expect(cache.get('c', T0 + 3)).toEqual({ id: 3 });
  });
});
