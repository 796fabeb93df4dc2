/**
 * How an adapter says what a failed call means. The outbox never guesses from a message: an
 * error that is not one of these is treated as `unknown` (the call may have gone through), so
 * nothing is ever resent blindly.
 */
export type FailureKind =
  /** Nothing went out (refused, connection not made, rate-limited): try again later. */
  | 'retry'
  /** The call went out and no answer came back (timeout, 5xx, cut connection): it may have gone through. */
  | 'unknown'
  /** Only a person can fix it (expired credentials, content to check). */
  | 'needs_person'
  /** It will never work (the platform refused the content): stop. */
  | 'give_up';

const KINDS: readonly FailureKind[] = ['retry', 'unknown', 'needs_person', 'give_up'];

export type Failure = { kind: FailureKind; message: string; notBefore?: Date };

export class OutboxFailure extends Error {
  readonly kind: FailureKind;
  /** A wait the platform imposes (a rate limit's reset): the next try is not before it. */
  readonly notBefore?: Date;

  constructor(kind: FailureKind, message: string, opts: { notBefore?: Date; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'OutboxFailure';
    this.kind = kind;
    if (opts.notBefore) this.notBefore = opts.notBefore;
  }
}

export const retryLater = (message: string, opts: { notBefore?: Date; cause?: unknown } = {}) => new OutboxFailure('retry', message, opts);
export const outcomeUnknown = (message: string, cause?: unknown) => new OutboxFailure('unknown', message, { cause });
export const needsPerson = (message: string, cause?: unknown) => new OutboxFailure('needs_person', message, { cause });
export const giveUp = (message: string, cause?: unknown) => new OutboxFailure('give_up', message, { cause });

/** What a thrown value means to the outbox: classified by the adapter, or else `unknown`. */
export function classify(e: unknown): Failure {
  // By shape, not instanceof: an adapter may have been loaded from another copy of this file.
  if (e instanceof Error && e.name === 'OutboxFailure' && KINDS.includes((e as OutboxFailure).kind)) {
    const { kind, notBefore } = e as OutboxFailure;
    return { kind, message: e.message, ...(notBefore instanceof Date && !Number.isNaN(notBefore.getTime()) ? { notBefore } : {}) };
  }
  return { kind: 'unknown', message: e instanceof Error ? e.message : String(e) };
}
