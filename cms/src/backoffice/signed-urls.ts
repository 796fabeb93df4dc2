import crypto from 'node:crypto';
import { getEnv } from '@sigobito/config';

/**
 * Uploaded files (milestone evidence, report attachments, the logo) are served only at the
 * addresses the back-office API hands out: `/uploads/<file>?exp=<unix seconds>&sig=<hmac>`.
 * A file's bare address, guessed or kept from an old answer, is refused: evidence of a
 * non-public goal never reaches someone who may not read the goal.
 */
export const UPLOADS_PREFIX = '/uploads/';
/** How long an address works: a working day, rounded to the hour so the browser can cache it. */
const LIFETIME_SECONDS = 12 * 3600;

const signature = (path: string, exp: number, secret: string) =>
  crypto.createHmac('sha256', secret).update(`sigobito:upload:${path}:${exp}`).digest('base64url');

/** Pure: a served file's address, signed until about `LIFETIME_SECONDS` from `nowMs`. */
export function signUploadUrl(url: string, nowMs: number, secret: string): string {
  if (!url.startsWith(UPLOADS_PREFIX)) return url;
  const path = url.split('?')[0];
  const exp = Math.ceil((nowMs / 1000 + LIFETIME_SECONDS) / 3600) * 3600;
  return `${path}?exp=${exp}&sig=${signature(path, exp, secret)}`;
}

/** Pure: whether a request for `path` carries a valid, unexpired signature. */
export function isSignedUpload(path: string, exp: unknown, sig: unknown, nowMs: number, secret: string): boolean {
  if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return false;
  if (Number(exp) * 1000 < nowMs) return false;
  const expected = Buffer.from(signature(path, Number(exp), secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export const uploadSecret = () => `upload:${getEnv().ENCRYPTION_KEY}`;

type Media = { url?: unknown } & Record<string, unknown>;

/** A media value as stored (one file, a list, or nothing) with its addresses signed. */
export function signMedia(value: unknown, nowMs = Date.now(), secret = uploadSecret()): unknown {
  const one = (m: unknown) => (m && typeof m === 'object' && typeof (m as Media).url === 'string' ? { ...(m as Media), url: signUploadUrl((m as Media).url as string, nowMs, secret) } : m);
  return Array.isArray(value) ? value.map(one) : one(value);
}
