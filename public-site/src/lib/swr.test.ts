import { cacheTimesFrom, Coalescer, failedRecently, freshness, SwrCache, within, type CacheTimes } from './swr';

const times: CacheTimes = { freshMs: 10_000, staleMs: 300_000, slowMs: 50 };

/** A load the test settles by hand, counting how often the CMS was asked. */
function cms() {
  const calls: Array<{ key: string; resolve: (v: string) => void; reject: (e: Error) => void }> = [];
  const load = (key: string) => new Promise<string>((resolve, reject) => calls.push({ key, resolve, reject }));
  return { calls, load };
}

function cacheWith(load: (key: string) => Promise<string>, clock: { now: number }) {
  return new SwrCache<string>({ load, times, max: 10, maxSize: 1_000, sizeOf: (v) => v.length, now: () => clock.now });
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('freshness', () => {
  const at = (age: number) => freshness({ fetchedAt: 1_000_000 }, 1_000_000 + age, times);

  it('is fresh up to the last millisecond of the fresh time, stale from then on', () => {
    expect(at(0)).toBe('fresh');
    expect(at(9_999)).toBe('fresh');
    expect(at(10_000)).toBe('stale');
  });

  it('is stale until the stale time has passed too, then expired', () => {
    expect(at(309_999)).toBe('stale');
    expect(at(310_000)).toBe('expired');
  });

  it('says missing when nothing was kept, and fresh when the clock went back', () => {
    expect(freshness(undefined, 0, times)).toBe('missing');
    expect(at(-5_000)).toBe('fresh');
  });

  it('with no fresh nor stale time, nothing kept is ever served without asking the CMS', () => {
    expect(freshness({ fetchedAt: 5 }, 5, { freshMs: 0, staleMs: 0 })).toBe('expired');
  });
});

describe('failedRecently', () => {
  it('holds for a failure after the fetch and within the fresh time only', () => {
    expect(failedRecently({ fetchedAt: 0, failedAt: 100 }, 100 + 9_999, times)).toBe(true);
    expect(failedRecently({ fetchedAt: 0, failedAt: 100 }, 100 + 10_000, times)).toBe(false);
    expect(failedRecently({ fetchedAt: 200, failedAt: 100 }, 150, times)).toBe(false);
    expect(failedRecently({ fetchedAt: 0, failedAt: null }, 1, times)).toBe(false);
  });
});

describe('Coalescer', () => {
  it('runs one piece of work per key at a time and gives everyone its result', async () => {
    const c = new Coalescer<number>();
    let runs = 0;
    let release!: (n: number) => void;
    const work = () => {
      runs += 1;
      return new Promise<number>((r) => (release = r));
    };
    const all = Promise.all(Array.from({ length: 100 }, () => c.run('a', work)));
    await settle();
    expect(c.has('a')).toBe(true);
    release(7);
    expect(await all).toEqual(Array(100).fill(7));
    expect(runs).toBe(1);
    expect(c.has('a')).toBe(false);
  });

  it('starts again once the work failed, and keeps keys apart', async () => {
    const c = new Coalescer<string>();
    await expect(c.run('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(c.run('a', async () => 'up')).resolves.toBe('up');
    await expect(Promise.all([c.run('a', async () => 'x'), c.run('b', async () => 'y')])).resolves.toEqual(['x', 'y']);
  });
});

describe('within', () => {
  it('gives the value when it comes in time, nothing when it is late or fails', async () => {
    await expect(within(Promise.resolve(3), 50)).resolves.toEqual({ ok: true, value: 3 });
    await expect(within(new Promise(() => undefined), 5)).resolves.toEqual({ ok: false });
    await expect(within(Promise.reject(new Error('x')), 50)).resolves.toEqual({ ok: false });
  });
});

describe('SwrCache', () => {
  it('asks the CMS once for 100 concurrent visitors of a page never seen', async () => {
    const { calls, load } = cms();
    const cache = cacheWith(load, { now: 0 });
    const views = Promise.all(Array.from({ length: 100 }, () => cache.get('/api/themes')));
    await settle();
    expect(calls).toHaveLength(1);
    calls[0].resolve('temas');
    const answers = await views;
    expect(answers.every((a) => a.value === 'temas' && !a.degraded)).toBe(true);
  });

  it('answers from memory while fresh, without asking the CMS', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const cache = cacheWith(load, clock);
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 9_999;
    await expect(cache.get('k')).resolves.toEqual({ value: 'v1', fetchedAt: 0, degraded: false });
    expect(calls).toHaveLength(1);
  });

  it('once stale, serves the copy at once and refreshes it once in the background', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const cache = cacheWith(load, clock);
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 10_000;
    const stale = await Promise.all(Array.from({ length: 50 }, () => cache.get('k')));
    expect(stale.every((a) => a.value === 'v1')).toBe(true);
    await settle();
    expect(calls).toHaveLength(2);
    calls[1].resolve('v2');
    await settle();
    await expect(cache.get('k')).resolves.toEqual({ value: 'v2', fetchedAt: 10_000, degraded: false });
  });

  it('past the stale time, waits for the CMS and gives its new answer', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const cache = cacheWith(load, clock);
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 310_000;
    const view = cache.get('k');
    await settle();
    calls[1].resolve('v2');
    await expect(view).resolves.toMatchObject({ value: 'v2', degraded: false });
  });

  it('serves the last good answer, marked degraded, when the CMS fails — and at once while the failure is recent', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const errors: unknown[] = [];
    const cache = new SwrCache<string>({ load, times, max: 10, maxSize: 1_000, sizeOf: (v) => v.length, now: () => clock.now, onBackgroundError: (e) => errors.push(e) });
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 400_000;
    const view = cache.get('k');
    await settle();
    calls[1].reject(new Error('ECONNREFUSED'));
    await expect(view).resolves.toEqual({ value: 'v1', fetchedAt: 0, degraded: true });
    // Known down: the next visitors get the copy without waiting, and the CMS is not asked again…
    clock.now = 400_001;
    await expect(cache.get('k')).resolves.toEqual({ value: 'v1', fetchedAt: 0, degraded: true });
    clock.now = 409_999;
    await expect(cache.get('k')).resolves.toEqual({ value: 'v1', fetchedAt: 0, degraded: true });
    await settle();
    expect(calls).toHaveLength(2);
    // …until the fresh time has passed since the failure.
    clock.now = 410_000;
    const retry = cache.get('k');
    await settle();
    expect(calls).toHaveLength(3);
    calls[2].reject(new Error('ECONNREFUSED'));
    await expect(retry).resolves.toEqual({ value: 'v1', fetchedAt: 0, degraded: true });
    expect(errors).toHaveLength(0);
    // Back up: the new answer is no longer degraded.
    clock.now = 420_000;
    const back = cache.get('k');
    await settle();
    calls[3].resolve('v2');
    await expect(back).resolves.toEqual({ value: 'v2', fetchedAt: 420_000, degraded: false });
  });

  it('reports a refresh that failed in the background, and says so of the copy from then on', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const errors: unknown[] = [];
    const cache = new SwrCache<string>({ load, times, max: 10, maxSize: 1_000, sizeOf: (v) => v.length, now: () => clock.now, onBackgroundError: (e) => errors.push(e) });
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 20_000;
    await expect(cache.get('k')).resolves.toMatchObject({ value: 'v1', degraded: false });
    await settle();
    calls[1].reject(new Error('ECONNREFUSED'));
    await settle();
    expect(errors).toHaveLength(1);
    await expect(cache.get('k')).resolves.toMatchObject({ value: 'v1', degraded: true });
  });

  it('serves the copy when the CMS is slower than the slow time, and keeps the late answer', async () => {
    const { calls, load } = cms();
    const clock = { now: 0 };
    const cache = cacheWith(load, clock);
    const first = cache.get('k');
    await settle();
    calls[0].resolve('v1');
    await first;
    clock.now = 400_000;
    await expect(cache.get('k')).resolves.toMatchObject({ value: 'v1', degraded: true });
    calls[1].resolve('v2');
    await settle();
    await expect(cache.get('k')).resolves.toMatchObject({ value: 'v2', degraded: false });
  });

  it('fails like the CMS when there is no earlier answer to fall back on', async () => {
    const cache = cacheWith(() => Promise.reject(new Error('ECONNREFUSED')), { now: 0 });
    await expect(cache.get('never-seen')).rejects.toThrow('ECONNREFUSED');
  });

  it('keeps no more than its bound, dropping the least recently used', async () => {
    const asked: string[] = [];
    const counting = new SwrCache<string>({
      load: async (k) => {
        asked.push(k);
        return k.padEnd(400, '.');
      },
      times,
      max: 10,
      maxSize: 1_000,
      sizeOf: (v) => v.length,
      now: () => 0,
    });
    for (const k of ['a', 'b', 'a', 'c']) await counting.get(k);
    // 400 characters each, 1,000 at most: "b" (least recently used) made room for "c".
    expect(asked).toEqual(['a', 'b', 'c']);
    await counting.get('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('cacheTimesFrom', () => {
  it('reads whole seconds, and falls back to the defaults for anything else', () => {
    expect(cacheTimesFrom({ PUBLIC_CACHE_FRESH_SECONDS: '0', PUBLIC_CACHE_STALE_SECONDS: '0' })).toMatchObject({ freshMs: 0, staleMs: 0 });
    expect(cacheTimesFrom({ PUBLIC_CACHE_FRESH_SECONDS: '2.5' })).toMatchObject({ freshMs: 10_000, staleMs: 300_000 });
    expect(cacheTimesFrom({})).toMatchObject({ freshMs: 10_000, staleMs: 300_000 });
  });
});
