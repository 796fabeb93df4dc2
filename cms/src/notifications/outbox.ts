import type { Core } from '@strapi/strapi';
import { enqueueMessage } from '../outbox/outbox';
import { EMAIL_CHANNEL, type EmailPayload } from '../outbox/email';
import { DEFAULT_POLICY } from '../outbox/retry-policy';

export { flushOutbox, scheduleFlush } from '../outbox/outbox';
export { resetTransport, smtpTransport } from '../outbox/email';

export const MAX_ATTEMPTS = DEFAULT_POLICY.maxAttempts;

export type Message = { key: string } & EmailPayload;

/**
 * Puts an e-mail in the outbox unless one with the same key is there already: the key says
 * what the message is about (`task-overdue:<task>:<due date>`), so a job that runs again, or
 * twice, never sends it twice. Returns false when it was already queued. The row is written in
 * the caller's transaction (it goes if the write it announces is rolled back); sending is
 * kicked off only once that transaction commits.
 */
export function enqueue(strapi: Core.Strapi, { key, to, subject, text }: Message): Promise<boolean> {
  return enqueueMessage(strapi, { channel: EMAIL_CHANNEL, key, payload: { to, subject, text } });
}
