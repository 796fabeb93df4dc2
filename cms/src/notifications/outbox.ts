import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@sigobito/config';
import { afterCommit } from '../backoffice/transaction';

const UID = 'api::notification.notification';
export const MAX_ATTEMPTS = 5;
/** Minutes to wait before retry n (1-based). */
export const BACKOFF_MINUTES = [1, 5, 30, 120, 720];

export type Message = { key: string; to: string; subject: string; text: string };
type Row = { id: number; documentId: string; key: string; to: string; subject: string; text: string; attempts: number | null };

/**
 * Puts a message in the outbox unless one with the same key is there already: the key says
 * what the message is about (`task-overdue:<task>:<due date>`), so a job that runs again, or
 * twice, never sends it twice. Returns false when it was already queued. The row is written in
 * the caller's transaction (it goes if the write it announces is rolled back); sending is
 * kicked off only once that transaction commits.
 */
export async function enqueue(strapi: Core.Strapi, message: Message): Promise<boolean> {
  const exists = await strapi.db.query(UID).findOne({ where: { key: message.key }, select: ['id'] });
  if (exists) return false;
  try {
    await strapi.db.query(UID).create({ data: { ...message, status: 'pending', attempts: 0 } });
  } catch (e) {
    // Another process queued the same key between our check and insert (unique index).
    if (await strapi.db.query(UID).findOne({ where: { key: message.key }, select: ['id'] })) return false;
    throw e;
  }
  await afterCommit(strapi, () => scheduleFlush(strapi));
  return true;
}

let transport: Transporter | null | undefined;
export function smtpTransport(): Transporter | null {
  if (transport === undefined) {
    const env = getEnv();
    transport = env.SMTP_HOST
      ? nodemailer.createTransport({
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          ignoreTLS: env.SMTP_IGNORE_TLS,
          ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
        })
      : null;
  }
  return transport;
}

/** For tests that point SMTP somewhere else between Strapi instances. */
export function resetTransport() {
  transport = undefined;
}

let flushing: Promise<number> | null = null;
let pendingTimer: NodeJS.Timeout | null = null;

function scheduleFlush(strapi: Core.Strapi) {
  if (pendingTimer) return;
  pendingTimer = setTimeout(() => {
    pendingTimer = null;
    flushOutbox(strapi).catch((e) => strapi.log.error(`outbox: ${(e as Error).message}`));
  }, 50);
  pendingTimer.unref();
}

/**
 * Sends what is due in the outbox. A row is claimed (pending → sending) before it is sent, so
 * two workers never send the same row; a row left in `sending` by a crash is not retried
 * (it may have gone out) but marked failed, visible, for a person to check.
 */
export async function flushOutbox(strapi: Core.Strapi, now = new Date()): Promise<number> {
  if (flushing) return flushing;
  flushing = (async () => {
    const smtp = smtpTransport();
    if (!smtp) return 0;
    const q = strapi.db.query(UID);
    const stale = new Date(now.getTime() - 10 * 60_000).toISOString();
    await q.updateMany({
      where: { status: 'sending', updatedAt: { $lt: stale } },
      data: { status: 'failed', lastError: 'Envío interrumpido: no se reintenta para no duplicar el mensaje' },
    });
    const due = (await q.findMany({
      where: { status: 'pending', $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now.toISOString() } }] },
      orderBy: { id: 'asc' },
      limit: 50,
    })) as Row[];
    let sent = 0;
    for (const row of due) {
      const claimed = await q.updateMany({ where: { id: row.id, status: 'pending' }, data: { status: 'sending' } });
      if (!claimed.count) continue;
      try {
        await smtp.sendMail({ from: getEnv().SMTP_FROM, to: row.to, subject: row.subject, text: row.text, headers: { 'X-SIGOBito-Key': row.key } });
        await q.update({ where: { id: row.id }, data: { status: 'sent', sentAt: new Date().toISOString(), lastError: null } });
        sent++;
      } catch (e) {
        const attempts = (row.attempts ?? 0) + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await q.update({
          where: { id: row.id },
          data: {
            status: failed ? 'failed' : 'pending',
            attempts,
            lastError: (e as Error).message.slice(0, 2000),
            nextAttemptAt: failed ? null : new Date(now.getTime() + BACKOFF_MINUTES[attempts - 1] * 60_000).toISOString(),
          },
        });
      }
    }
    return sent;
  })();
  try {
    return await flushing;
  } finally {
    flushing = null;
  }
}
