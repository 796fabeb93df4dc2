import crypto from 'node:crypto';

/** Seconds a person needs at least to fill the form: faster is a bot. */
export const MIN_FILL_SECONDS = 3;
/** A form left open longer than this is shown again with a new token. */
export const MAX_FORM_AGE_SECONDS = 24 * 3600;

export type FormTokenProblem = 'no-token' | 'forged' | 'too-fast' | 'stale-form';

// One spelling per token: no leading zeros, or `0<token>` would be a second use of the same one.
const TOKEN = /^([1-9]\d{0,14})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

const signature = (issuedAt: number, nonce: string, secret: string) =>
  crypto.createHmac('sha256', secret).update(`sigobito:citizen-request-form:${issuedAt}:${nonce}`).digest('base64url');

/**
 * The token the public request form carries: when it was shown and a random nonce, signed by
 * the CMS. A client that posts to the API directly cannot make up an old enough time; it has
 * to ask for a token and wait like a person. Each token is good for one request
 * (form-token-uses.ts): the nonce keeps two forms shown in the same millisecond apart.
 */
export const issueFormToken = (nowMs: number, secret: string, nonce = crypto.randomBytes(12).toString('base64url')): string =>
  `${nowMs}.${nonce}.${signature(nowMs, nonce, secret)}`;

/** Pure: why a form token shows an automated submission, or null for one a person filled. */
export function formTokenProblem(token: unknown, nowMs: number, secret: string): FormTokenProblem | null {
  if (typeof token !== 'string' || token === '') return 'no-token';
  const m = TOKEN.exec(token);
  if (!m) return 'forged';
  const issuedAt = Number(m[1]);
  const expected = Buffer.from(signature(issuedAt, m[2], secret));
  const given = Buffer.from(m[3]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'forged';
  const seconds = (nowMs - issuedAt) / 1000;
  if (seconds < MIN_FILL_SECONDS) return 'too-fast';
  if (seconds > MAX_FORM_AGE_SECONDS) return 'stale-form';
  return null;
}

/** Pure: when a well-formed token stops being accepted anyway (then its use record may go). */
export function formTokenExpiry(token: string): number {
  return Number(token.split('.')[0]) + MAX_FORM_AGE_SECONDS * 1000;
}
