import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@sigobito/config';
import { registerAdapter, type OutboxAdapter } from './adapters';
import { giveUp, retryLater } from './errors';
import { DEFAULT_POLICY } from './retry-policy';

export const EMAIL_CHANNEL = 'email';
export type EmailPayload = { to: string; subject: string; text: string };

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

/**
 * E-mail through SMTP (nodemailer). A server that answered with a permanent refusal (5xx) will
 * refuse again: failed at once. Anything else is retried: e-mail has no way to look a message
 * up, and a second copy of a notice does less harm than none.
 */
export const emailAdapter: OutboxAdapter<EmailPayload> = {
  channel: EMAIL_CHANNEL,
  configured: () => smtpTransport() !== null,
  policy: DEFAULT_POLICY,
  // Longer than nodemailer's own timeouts add up to, so a slow server is not taken for a crash.
  leaseMs: 15 * 60_000,
  async send(message) {
    const smtp = smtpTransport();
    if (!smtp) throw retryLater('SMTP no configurado');
    const { to, subject, text } = message.payload;
    try {
      const info = await smtp.sendMail({ from: getEnv().SMTP_FROM, to, subject, text, headers: { 'X-SIGOBito-Key': message.key } });
      return { externalId: typeof info.messageId === 'string' ? info.messageId.slice(0, 255) : null };
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600) throw giveUp((e as Error).message, e);
      throw retryLater((e as Error).message, { cause: e });
    }
  },
};

export function registerEmailChannel(): void {
  registerAdapter(emailAdapter);
}
