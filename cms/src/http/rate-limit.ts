/**
 * A fixed-window counter per key (client address), in memory: enough for one CMS process
 * guarding the public request form. Pure apart from the clock passed in.
 */
export class RateLimiter {
  private hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a hit; false when the key is over its limit in the current window. */
  take(key: string, now = Date.now()): boolean {
    const entry = this.hits.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      this.hits.set(key, { windowStart: now, count: 1 });
      if (this.hits.size > 10_000) this.sweep(now);
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  /** Whether the key has used up its limit in the current window (counts nothing). */
  isOver(key: string, now = Date.now()): boolean {
    const entry = this.hits.get(key);
    return !!entry && now - entry.windowStart < this.windowMs && entry.count >= this.limit;
  }

  reset() {
    this.hits.clear();
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (now - v.windowStart >= this.windowMs) this.hits.delete(k);
  }
}
