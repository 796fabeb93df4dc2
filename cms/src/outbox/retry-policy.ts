import type { Failure } from './errors';

/** How long a channel waits between tries, and how many it makes. */
export type RetryPolicy = {
  maxAttempts: number;
  /** The wait after the first failed try; each further try waits `factor` times longer. */
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Share of each wait drawn at random (0 = none, 0.2 = the last fifth), so retries spread out. */
  jitter: number;
};

/** E-mail: about 1, 5, 25 minutes, 2 and 10 hours, then failed (what the e-mail outbox always did). */
export const DEFAULT_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, factor: 5, maxDelayMs: 12 * 3600_000, jitter: 0.2 };

/** What becomes of a message after a failed try. */
export type NextStep =
  | { status: 'pending'; nextAttemptAt: Date; attempts: number }
  | { status: 'unknown'; nextAttemptAt: Date; attempts: number }
  | { status: 'needs_review'; attempts: number }
  | { status: 'failed'; attempts: number };

/** The wait before try `attempts + 1`, before jitter: base × factor^(attempts − 1), capped. */
export function backoffMs(attempts: number, policy: RetryPolicy): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** (n - 1));
}

/** `random` in [0, 1): the wait lands in [delay × (1 − jitter), delay]. */
function jittered(delay: number, policy: RetryPolicy, random: number): number {
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(delay * (1 - policy.jitter * r));
}

/**
 * The decision after try number `attempts` failed with `failure` (as classified by the adapter).
 * Pure: the same inputs, the same answer.
 * - `retry`: again after the backoff, or at the wait the platform imposed (a rate limit's reset,
 *   spread by a little jitter). An imposed wait means the platform refused before doing anything,
 *   so that try is not counted; any other retry counts, and the last one allowed ends `failed`.
 * - `unknown`: never resent blindly. With a way to look (`canReconcile`) the message waits one
 *   backoff and is looked up; without one a person decides (`needs_review`).
 * - `needs_person` → `needs_review`; `give_up` → `failed`.
 */
export function nextStep(input: { attempts: number; failure: Pick<Failure, 'kind' | 'notBefore'>; now: Date; random: number; policy: RetryPolicy; canReconcile: boolean }): NextStep {
  const { attempts, failure, now, random, policy } = input;
  const at = (ms: number) => new Date(now.getTime() + ms);
  switch (failure.kind) {
    case 'retry': {
      if (failure.notBefore && failure.notBefore.getTime() > now.getTime()) {
        const spread = Math.round(policy.baseDelayMs * policy.jitter * Math.min(Math.max(random, 0), 1));
        return { status: 'pending', nextAttemptAt: new Date(failure.notBefore.getTime() + spread), attempts: Math.max(0, attempts - 1) };
      }
      if (attempts >= policy.maxAttempts) return { status: 'failed', attempts };
      return { status: 'pending', nextAttemptAt: at(jittered(backoffMs(attempts, policy), policy, random)), attempts };
    }
    case 'unknown':
      return input.canReconcile ? { status: 'unknown', nextAttemptAt: at(jittered(backoffMs(attempts, policy), policy, random)), attempts } : { status: 'needs_review', attempts };
    case 'needs_person':
      return { status: 'needs_review', attempts };
    case 'give_up':
      return { status: 'failed', attempts };
  }
}

/** A message looked up and found absent is sent again only while tries remain. */
export function mayResend(attempts: number, policy: RetryPolicy): boolean {
  return attempts < policy.maxAttempts;
}
