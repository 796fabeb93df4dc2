import fc from 'fast-check';
import { backoffMs, DEFAULT_POLICY, mayResend, nextStep, type RetryPolicy } from './retry-policy';
import { classify, giveUp, needsPerson, outcomeUnknown, retryLater } from './errors';

const now = new Date('2030-03-01T12:00:00Z');
const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, factor: 5, maxDelayMs: 12 * 3600_000, jitter: 0.2 };
const step = (attempts: number, failure: Parameters<typeof nextStep>[0]['failure'], random = 0, canReconcile = false) =>
  nextStep({ attempts, failure, now, random, policy, canReconcile });
const minutesLater = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe('retry policy', () => {
  it('waits a minute after the first failed try, five after the second, twenty-five after the third', () => {
    const waits = [1, 2, 3].map((n) => {
      const s = step(n, { kind: 'retry' });
      return s.status === 'pending' ? minutesLater(s.nextAttemptAt) : null;
    });
    expect(waits).toEqual([1, 5, 25]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffMs(40, policy)).toBe(policy.maxDelayMs);
    expect(backoffMs(4, { ...policy, maxDelayMs: 3_600_000 })).toBe(3_600_000);
  });

  it('draws the jitter from the last fifth of the wait: a random of 1 retries after 48 s instead of 60', () => {
    const s = step(1, { kind: 'retry' }, 1);
    expect(s.status === 'pending' && s.nextAttemptAt.getTime() - now.getTime()).toBe(48_000);
  });

  it('gives up on the fifth failed try, and not before', () => {
    expect(step(4, { kind: 'retry' }).status).toBe('pending');
    expect(step(5, { kind: 'retry' })).toEqual({ status: 'failed', attempts: 5 });
    expect(step(9, { kind: 'retry' }).status).toBe('failed');
  });

  it('waits until a rate limit resets, whatever the backoff says, without counting the refused try', () => {
    const reset = new Date(now.getTime() + 15 * 60_000);
    expect(step(5, { kind: 'retry', notBefore: reset })).toEqual({ status: 'pending', nextAttemptAt: reset, attempts: 4 });
    const spread = step(1, { kind: 'retry', notBefore: reset }, 0.999);
    expect(spread.status === 'pending' && spread.nextAttemptAt.getTime() - reset.getTime()).toBeLessThanOrEqual(12_000);
  });

  it('ignores an imposed wait that is already over', () => {
    expect(step(1, { kind: 'retry', notBefore: new Date(now.getTime() - 1000) })).toEqual({ status: 'pending', nextAttemptAt: new Date(now.getTime() + 60_000), attempts: 1 });
  });

  it('never resends an unknown outcome: it is looked up when the channel can, else a person decides', () => {
    expect(step(1, { kind: 'unknown' }, 0, true)).toEqual({ status: 'unknown', nextAttemptAt: new Date(now.getTime() + 60_000), attempts: 1 });
    expect(step(1, { kind: 'unknown' }, 0, false)).toEqual({ status: 'needs_review', attempts: 1 });
    expect(step(5, { kind: 'unknown' }, 0, true).status).toBe('unknown');
  });

  it('hands over to a person, or stops, when the adapter says so', () => {
    expect(step(1, { kind: 'needs_person' }, 0, true)).toEqual({ status: 'needs_review', attempts: 1 });
    expect(step(1, { kind: 'give_up' }, 0, true)).toEqual({ status: 'failed', attempts: 1 });
  });

  it('resends a message found absent only while tries remain', () => {
    expect(mayResend(4, policy)).toBe(true);
    expect(mayResend(5, policy)).toBe(false);
  });

  it('keeps the e-mail schedule within the first two minutes for the first retry', () => {
    const s = nextStep({ attempts: 1, failure: { kind: 'retry' }, now, random: 0.5, policy: DEFAULT_POLICY, canReconcile: false });
    expect(s.status === 'pending' && minutesLater(s.nextAttemptAt)).toBeLessThan(2);
  });

  it('for any tries, error and random: waits are in the future, within the cap and its jitter, and never grow shorter with more tries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (attempts, random) => {
        const s = step(attempts, { kind: 'retry' }, random);
        if (attempts >= policy.maxAttempts) return s.status === 'failed';
        if (s.status !== 'pending') return false;
        const wait = s.nextAttemptAt.getTime() - now.getTime();
        const full = backoffMs(attempts, policy);
        return wait > 0 && wait <= full && wait >= full * (1 - policy.jitter) && full <= policy.maxDelayMs && backoffMs(attempts + 1, policy) >= full;
      }),
    );
  });

  it('for any failure: the status is one the outbox knows and the tries never go up', () => {
    const failure = fc.record({
      kind: fc.constantFrom('retry' as const, 'unknown' as const, 'needs_person' as const, 'give_up' as const),
      notBefore: fc.option(fc.date({ min: new Date('2029-01-01'), max: new Date('2031-01-01'), noInvalidDate: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), failure, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.boolean(), (attempts, f, random, canReconcile) => {
        const s = step(attempts, f, random, canReconcile);
        const ok = ['pending', 'unknown', 'needs_review', 'failed'].includes(s.status) && s.attempts <= attempts && s.attempts >= 0;
        const future = !('nextAttemptAt' in s) || s.nextAttemptAt.getTime() > now.getTime();
        return ok && future;
      }),
    );
  });
});

describe('classifying what an adapter throws', () => {
  it('keeps the kind and imposed wait of a classified failure', () => {
    const reset = new Date('2030-03-01T12:15:00Z');
    expect(classify(retryLater('429', { notBefore: reset }))).toEqual({ kind: 'retry', message: '429', notBefore: reset });
    expect(classify(outcomeUnknown('timeout')).kind).toBe('unknown');
    expect(classify(needsPerson('token expired')).kind).toBe('needs_person');
    expect(classify(giveUp('400')).kind).toBe('give_up');
  });

  it('treats anything unclassified as an unknown outcome, so it is never resent blindly', () => {
    expect(classify(new Error('socket hang up'))).toEqual({ kind: 'unknown', message: 'socket hang up' });
    expect(classify('odd')).toEqual({ kind: 'unknown', message: 'odd' });
    const fake = Object.assign(new Error('x'), { name: 'OutboxFailure', kind: 'resend-please' });
    expect(classify(fake).kind).toBe('unknown');
  });
});
