import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import { adapterFor, registeredAdapters, type OutboxAdapter, type OutboxMessage, type ReconcileResult, type SettledOutcome } from './adapters';
import { classify } from './errors';
import { DEFAULT_POLICY, mayResend, nextStep, type RetryPolicy } from './retry-policy';
import { afterCommit } from '../backoffice/transaction';

/**
 * The outbox keeps the table the e-mail outbox always had (`notifications`, so backups, restores
 * and installs carry on), generalised to every channel.
 */
export const OUTBOX_UID = 'api::notification.notification';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unknown' | 'needs_review' | 'failed' | 'cancelled';
/** Still on their way: to be sent, being sent, or to be looked up. */
export const OPEN_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'unknown'];
/** Waiting for a person: the outbox will not touch them again by itself. */
export const ATTENTION_STATUSES: readonly OutboxStatus[] = ['needs_review', 'failed'];

/** Long enough for an SMTP exchange and a social platform's upload; adapters may ask for more. */
export const DEFAULT_LEASE_MS = 10 * 60_000;
const BATCH = 50;
const INTERRUPTED = 'Envío interrumpido: no se sabe si salió, y no se reenvía para no duplicarlo';

type Row = {
  id: number;
  channel: string;
  key: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number | null;
  leaseOwner: string | null;
  lastError: string | null;
  attemptStartedAt: string | Date | null;
  createdAt: string | Date | null;
};
const ROW_FIELDS = ['id', 'channel', 'key', 'payload', 'status', 'attempts', 'leaseOwner', 'lastError', 'attemptStartedAt', 'createdAt'];

export type NewMessage = {
  channel: string;
  /** What the message is about; a second message with the same channel and key is not queued. */
  key: string;
  payload: unknown;
  /** Not sent before this moment (a scheduled post). */
  notBefore?: Date;
};

/** Whether a database error is a unique index refusing a second row with the same key (MariaDB/MySQL, SQLite). */
export const isDuplicate = (e: unknown) => {
  const err = e as { code?: string; errno?: number; message?: string };
  return err?.code === 'ER_DUP_ENTRY' || err?.errno === 1062 || /SQLITE_CONSTRAINT|UNIQUE constraint failed|Duplicate entry/i.test(`${err?.code ?? ''} ${err?.message ?? ''}`);
};

/**
 * Puts a message in the outbox unless one with the same channel and key is there already: the
 * key says what the message is about, so a job that runs again, or twice, never sends it twice.
 * Runs in the caller's transaction when there is one (the row commits or rolls back with the
 * write that caused it), and asks for a flush only once that transaction has committed.
 * Returns false when it was already queued. A message that was cancelled (never sent) is queued
 * again under its key, with the new payload.
 */
export async function enqueueMessage(strapi: Core.Strapi, message: NewMessage): Promise<boolean> {
  if (!message.channel || !message.key || message.key.length > 191) throw new Error('outbox: a channel and a key of 1 to 191 characters are required');
  const q = strapi.db.query(OUTBOX_UID);
  const where = { channel: message.channel, key: message.key };
  const fresh = { payload: message.payload, status: 'pending', attempts: 0, nextAttemptAt: message.notBefore ? message.notBefore.toISOString() : null };
  const existing = (await q.findOne({ where, select: ['id', 'status'] })) as { id: number; status: OutboxStatus } | null;
  if (existing) {
    // A message called off before it went out never reached anyone: queuing it again sends it once.
    if (existing.status !== 'cancelled') return false;
    const { count } = await q.updateMany({
      where: { id: existing.id, status: 'cancelled' },
      data: { ...fresh, lastError: null, leaseOwner: null, leaseUntil: null, attemptStartedAt: null, externalId: null, externalUrl: null },
    });
    if (count) await afterCommit(strapi, () => scheduleFlush(strapi));
    return count === 1;
  }
  try {
    await q.create({ data: { ...where, ...fresh } });
  } catch (e) {
    // Another process queued the same key between our check and insert (unique index).
    // Only a duplicate key means "already queued": any other failure (a hook after our own insert) is the caller's to roll back.
    if (isDuplicate(e)) return false;
    throw e;
  }
  await afterCommit(strapi, () => scheduleFlush(strapi));
  return true;
}

let pendingTimer: NodeJS.Timeout | null = null;
/** Instances shutting down: they ask for no more flushes. */
const stopping = new WeakSet<Core.Strapi>();

/** Asks for a flush in a moment (coalesced); the cron job sends anything it misses. */
export function scheduleFlush(strapi: Core.Strapi): void {
  if (pendingTimer || stopping.has(strapi)) return;
  pendingTimer = setTimeout(() => {
    pendingTimer = null;
    flushOutbox(strapi).catch((e) => strapi.log.error(`outbox: ${(e as Error).message}`));
  }, 50);
  pendingTimer.unref();
}

let defaultWorker: { strapi: Core.Strapi; worker: OutboxWorker } | null = null;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Sends what is due, for every channel whose adapter is registered and configured. Calls in one
 * process run one after another, so a flush asked for after a commit sees that commit; several
 * processes may flush at once, the claim keeps them apart. Returns how many messages went out.
 */
export function flushOutbox(strapi: Core.Strapi, now = new Date()): Promise<number> {
  if (defaultWorker?.strapi !== strapi) defaultWorker = { strapi, worker: createOutboxWorker(strapi) };
  const { worker } = defaultWorker;
  const run = queue.then(() => worker.flush(now));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * For Strapi's destroy(): no more flushes are asked for, the one waiting is called off, and the
 * one under way ends before the database closes (a query cut by the pool's close would crash the process).
 */
export async function stopOutbox(strapi: Core.Strapi): Promise<void> {
  stopping.add(strapi);
  if (pendingTimer) {
    clearTimeout(pendingTimer);
    pendingTimer = null;
  }
  await queue.catch(() => undefined);
}

export type OutboxWorker = { owner: string; flush: (now?: Date) => Promise<number> };

const iso = (d: Date) => d.toISOString();
const toDate = (v: string | Date | null) => (v ? new Date(v) : null);

/**
 * A sender with its own identity (its lease owner). A row is claimed before anything is done
 * with it by one UPDATE whose WHERE repeats the state the row was read in (status, tries, lease
 * owner, due time or expired lease): of two workers only one changes the row, and only that one
 * acts on it. A claim left behind by a crashed worker expires; its send may have gone out, so it
 * is looked up (`reconcile`), or handed to a person when the channel cannot be asked.
 */
export function createOutboxWorker(
  strapi: Core.Strapi,
  opts: { owner?: string; batchSize?: number; random?: () => number; /** Only these channels (default: all). */ channels?: readonly string[] } = {},
): OutboxWorker {
  const owner = (opts.owner ?? `${randomUUID().slice(0, 8)}:${process.pid}:${hostname()}`).slice(0, 100);
  const random = opts.random ?? Math.random;
  const q = () => strapi.db.query(OUTBOX_UID);

  const dueWhere = (now: Date) => ({
    $or: [
      { status: { $in: ['pending', 'unknown'] }, $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: iso(now) } }] },
      { status: 'sending', $or: [{ leaseUntil: null }, { leaseUntil: { $lt: iso(now) } }] },
    ],
  });

  /** Tells the channel what became of its message (a piece shows its delivery's state); never undoes the record. */
  async function settled(row: Row, data: Record<string, unknown>): Promise<void> {
    const adapter = adapterFor(row.channel);
    if (!adapter?.settled) return;
    try {
      await adapter.settled({ id: row.id, channel: row.channel, key: row.key, payload: row.payload }, data as SettledOutcome);
    } catch (e) {
      strapi.log.error(`outbox: ${row.channel}:${row.key}: after "${String(data.status)}": ${(e as Error).message}`);
    }
  }

  /** Writes the outcome, only while this worker still holds the claim. */
  async function release(row: Row, data: Record<string, unknown>): Promise<boolean> {
    const { count } = await q().updateMany({ where: { id: row.id, status: 'sending', leaseOwner: owner }, data: { ...data, leaseUntil: null } });
    if (count) {
      await settled(row, data);
      return true;
    }
    // The claim expired and another worker took the row over. A success is still the truth.
    if (data.status === 'sent') {
      const late = await q().updateMany({ where: { id: row.id, status: { $in: ['sending', 'unknown', 'needs_review'] } }, data: { ...data, leaseUntil: null } });
      if (late.count) {
        await settled(row, data);
        return true;
      }
    }
    strapi.log.warn(`outbox: lost the claim on ${row.channel}:${row.key} before recording "${String(data.status)}"`);
    return false;
  }

  const message = (row: Row, attempts: number, attemptStartedAt: Date | null): OutboxMessage => ({
    id: row.id,
    channel: row.channel,
    key: row.key,
    payload: row.payload,
    attempts,
    attemptStartedAt,
    createdAt: toDate(row.createdAt),
  });

  async function send(adapter: OutboxAdapter, policy: RetryPolicy, row: Row, attempts: number, startedAt: Date, now: Date): Promise<boolean> {
    try {
      const result = await adapter.send(message(row, attempts, startedAt));
      await release(row, { status: 'sent', sentAt: iso(new Date()), nextAttemptAt: null, lastError: null, externalId: result?.externalId ?? null, externalUrl: result?.externalUrl ?? null });
      return true;
    } catch (e) {
      const failure = classify(e);
      const step = nextStep({ attempts, failure, now, random: random(), policy, canReconcile: Boolean(adapter.reconcile) });
      // A failure that was to be retried, on the last try: say why it stops.
      const exhausted = step.status === 'failed' && failure.kind === 'retry';
      await release(row, {
        status: step.status,
        attempts: step.attempts,
        nextAttemptAt: 'nextAttemptAt' in step ? iso(step.nextAttemptAt) : null,
        lastError: (exhausted ? `Se agotaron los ${policy.maxAttempts} intentos. Último error: ${failure.message}` : failure.message).slice(0, 2000),
      });
      return false;
    }
  }

  async function reconcile(adapter: OutboxAdapter, policy: RetryPolicy, row: Row, now: Date): Promise<boolean> {
    const attempts = row.attempts ?? 0;
    const interrupted = row.status === 'sending';
    if (!adapter.reconcile) {
      await release(row, { status: 'needs_review', nextAttemptAt: null, lastError: interrupted ? INTERRUPTED : row.lastError });
      return false;
    }
    let found: ReconcileResult;
    try {
      found = await adapter.reconcile(message(row, attempts, toDate(row.attemptStartedAt)));
    } catch (e) {
      const failure = classify(e);
      // The platform could not be asked now: ask again later, never send meanwhile.
      if (failure.kind === 'retry' || failure.kind === 'unknown') {
        const step = nextStep({ attempts, failure: { kind: 'unknown' }, now, random: random(), policy, canReconcile: true });
        const at = failure.notBefore && failure.notBefore > now ? failure.notBefore : 'nextAttemptAt' in step ? step.nextAttemptAt : now;
        await release(row, { status: 'unknown', nextAttemptAt: iso(at), lastError: `No se pudo comprobar si salió: ${failure.message}`.slice(0, 2000) });
      } else {
        await release(row, { status: 'needs_review', nextAttemptAt: null, lastError: failure.message.slice(0, 2000) });
      }
      return false;
    }
    switch (found.outcome) {
      case 'found':
        await release(row, { status: 'sent', sentAt: iso(new Date()), nextAttemptAt: null, lastError: null, externalId: found.externalId ?? null, externalUrl: found.externalUrl ?? null });
        return true;
      case 'cannot_tell':
        await release(row, { status: 'needs_review', nextAttemptAt: null, lastError: found.reason.slice(0, 2000) });
        return false;
      case 'absent': {
        if (!mayResend(attempts, policy)) {
          await release(row, { status: 'failed', nextAttemptAt: null, lastError: `No salió y se agotaron los ${policy.maxAttempts} intentos` });
          return false;
        }
        // Surely not sent: a new try, recorded before the call like any other.
        const startedAt = new Date(Math.max(now.getTime(), Date.now()));
        const { count } = await q().updateMany({
          where: { id: row.id, status: 'sending', leaseOwner: owner },
          data: { attempts: attempts + 1, attemptStartedAt: iso(startedAt), leaseUntil: iso(new Date(startedAt.getTime() + (adapter.leaseMs ?? DEFAULT_LEASE_MS))) },
        });
        return count ? send(adapter, policy, row, attempts + 1, startedAt, now) : false;
      }
    }
  }

  /** Whether a channel may send now; one that cannot say (its state unreadable) waits, the others go on. */
  async function canSend(adapter: OutboxAdapter): Promise<boolean> {
    try {
      return (await adapter.configured?.()) ?? true;
    } catch (e) {
      strapi.log.error(`outbox: ${adapter.channel}: cannot tell whether it may send: ${(e as Error).message}`);
      return false;
    }
  }

  /** Claims one row in the state it was read in; true when this worker now holds it. */
  async function claim(adapter: OutboxAdapter, row: Row, now: Date): Promise<boolean> {
    const attempts = row.attempts ?? 0;
    const leaseUntil = iso(new Date(now.getTime() + (adapter.leaseMs ?? DEFAULT_LEASE_MS)));
    const due =
      row.status === 'sending'
        ? { $or: [{ leaseUntil: null }, { leaseUntil: { $lt: iso(now) } }] }
        : { $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: iso(now) } }] };
    const data =
      row.status === 'pending'
        ? { status: 'sending', leaseOwner: owner, leaseUntil, attempts: attempts + 1, attemptStartedAt: iso(now) }
        : { status: 'sending', leaseOwner: owner, leaseUntil };
    const { count } = await q().updateMany({
      where: { id: row.id, status: row.status, attempts: row.attempts, leaseOwner: row.leaseOwner, ...due },
      data,
    });
    return count === 1;
  }

  async function handle(adapter: OutboxAdapter, row: Row, now: Date): Promise<boolean> {
    if (!(await claim(adapter, row, now))) return false;
    const policy = { ...DEFAULT_POLICY, ...adapter.policy };
    const held = { ...row, leaseOwner: owner };
    if (row.status === 'pending') return send(adapter, policy, held, (row.attempts ?? 0) + 1, now, now);
    return reconcile(adapter, policy, held, now);
  }

  return {
    owner,
    async flush(now = new Date()) {
      const wanted = registeredAdapters().filter((a) => !opts.channels || opts.channels.includes(a.channel));
      const ready = (await Promise.all(wanted.map(async (a) => ((await canSend(a)) ? a : null)))).filter((a): a is OutboxAdapter => a !== null);
      if (!ready.length) return 0;
      const rows = (await q().findMany({
        where: { channel: { $in: ready.map((a) => a.channel) }, ...dueWhere(now) },
        select: ROW_FIELDS,
        orderBy: { id: 'asc' },
        limit: opts.batchSize ?? BATCH,
      })) as Row[];
      // Channels go side by side, so a slow or failing one never holds back the others.
      const byChannel = new Map<string, Row[]>();
      for (const row of rows) byChannel.set(row.channel, [...(byChannel.get(row.channel) ?? []), row]);
      const counts = await Promise.all(
        [...byChannel].map(async ([channel, list]) => {
          const adapter = adapterFor(channel);
          let sent = 0;
          for (const row of list) {
            if (!adapter) break;
            try {
              if (await handle(adapter, row, now)) sent++;
            } catch (e) {
              // A database error on one row must not stop the others; the row's claim expires.
              strapi.log.error(`outbox: ${channel}:${row.key}: ${(e as Error).message}`);
            }
          }
          return sent;
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
  };
}

/** A person's answer to a message that needs review or failed: send it again from scratch. */
export async function requeueMessage(strapi: Core.Strapi, channel: string, key: string, now = new Date()): Promise<boolean> {
  const { count } = await strapi.db.query(OUTBOX_UID).updateMany({
    where: { channel, key, status: { $in: [...ATTENTION_STATUSES] } },
    data: { status: 'pending', attempts: 0, nextAttemptAt: iso(now), leaseUntil: null },
  });
  if (count) await afterCommit(strapi, () => scheduleFlush(strapi));
  return count === 1;
}

/** Withdraws a message not yet sent (a scheduled post called off). False once it is on its way. */
export async function cancelMessage(strapi: Core.Strapi, channel: string, key: string): Promise<boolean> {
  const { count } = await strapi.db.query(OUTBOX_UID).updateMany({
    where: { channel, key, status: { $in: ['pending', 'needs_review', 'failed'] } },
    data: { status: 'cancelled', nextAttemptAt: null },
  });
  return count === 1;
}
