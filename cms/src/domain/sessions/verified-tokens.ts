import type { SessionClaims } from './session-rules';

/**
 * Tokens whose signature was checked lately, with their claims. Checking a JWT's signature
 * (jsonwebtoken: an HMAC, and for a shared secret a failed attempt to read it as a public key
 * first) cost a list request 6 % of its CPU, and the same token comes back with every request of
 * a session. A token is remembered for at most `ttlMs` and never past its own `exp`; only tokens
 * that verified are remembered, by their exact text, so a forged or altered token is always
 * checked. Whether the session was ended since is not cached here: the caller asks every time.
 * At most `max` tokens, the oldest forgotten first. Pure: `now` is given.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { claims: SessionClaims & { exp?: unknown }; until: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly max = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The claims of a token verified lately and not expired at `now`, as a copy; else undefined. */
  get(token: string, now: number): SessionClaims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return { ...entry.claims };
  }

  /** Remembers a token that has just verified at `now`. */
  remember(token: string, claims: SessionClaims & { exp?: unknown }, now: number): void {
    const exp = typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : Infinity;
    const until = Math.min(now + this.ttlMs, exp);
    if (!(until > now)) return;
    this.entries.delete(token);
    this.entries.set(token, { claims: { ...claims }, until });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
