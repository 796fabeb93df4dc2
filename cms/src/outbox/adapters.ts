import type { RetryPolicy } from './retry-policy';

/** One row of the outbox as an adapter sees it. */
export type OutboxMessage<P = unknown> = {
  id: number;
  channel: string;
  /** What the message is about (`task-overdue:<task>:<due date>`); unique per channel. */
  key: string;
  payload: P;
  /** This try's number (1 for the first). */
  attempts: number;
  /** When the latest try began: a reconcile looks for the post from then on. */
  attemptStartedAt: Date | null;
  createdAt: Date | null;
};

export type SendResult = { externalId?: string | null; externalUrl?: string | null } | void;

/** What a look-up found for a message whose send outcome is unknown. */
export type ReconcileResult =
  | { outcome: 'found'; externalId?: string | null; externalUrl?: string | null }
  | { outcome: 'absent' }
  | { outcome: 'cannot_tell'; reason: string };

/**
 * A channel's way out. `send` delivers one message and throws an `OutboxFailure` that says
 * what a failure means (anything else counts as an unknown outcome); `reconcile`, when the
 * platform can be asked, says whether a send whose outcome is unknown went through.
 */
export type OutboxAdapter<P = unknown> = {
  channel: string;
  /**
   * False while the channel cannot send: no credentials, or credentials the platform refused (a
   * paused channel, whose state lives in the database so every process sees it). Its messages
   * wait, nothing is lost.
   */
  configured?: () => boolean | Promise<boolean>;
  send: (message: OutboxMessage<P>) => Promise<SendResult>;
  reconcile?: (message: OutboxMessage<P>) => Promise<ReconcileResult>;
  policy?: Partial<RetryPolicy>;
  /** How long a claim holds; longer than the slowest `send` can take (its own timeouts). */
  leaseMs?: number;
  /**
   * Called once the outbox has recorded an outcome of this channel's message (sent, retry
   * planned, unknown, needs review, failed), so what the message is about can show it (a piece
   * shows its delivery's state). A failure here is logged; the outbox's record stands.
   */
  settled?: (message: Pick<OutboxMessage<P>, 'id' | 'channel' | 'key' | 'payload'>, outcome: SettledOutcome) => Promise<void>;
};

/** What the outbox recorded for a message: its new status and, as the case may be, the post's id and address or the error. */
export type SettledOutcome = {
  status: 'pending' | 'sent' | 'unknown' | 'needs_review' | 'failed';
  attempts?: number;
  nextAttemptAt?: string | null;
  sentAt?: string;
  externalId?: string | null;
  externalUrl?: string | null;
  lastError?: string | null;
};

const adapters = new Map<string, OutboxAdapter>();

/** A module registers its channel's adapter from `register()`; registering again replaces it. */
export function registerAdapter<P>(adapter: OutboxAdapter<P>): void {
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(adapter.channel)) throw new Error(`outbox: invalid channel name "${adapter.channel}"`);
  adapters.set(adapter.channel, adapter as OutboxAdapter);
}

export function unregisterAdapter(channel: string): void {
  adapters.delete(channel);
}

export function adapterFor(channel: string): OutboxAdapter | undefined {
  return adapters.get(channel);
}

export function registeredAdapters(): OutboxAdapter[] {
  return [...adapters.values()];
}
