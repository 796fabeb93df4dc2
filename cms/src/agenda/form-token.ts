import crypto from 'node:crypto';

/** Seconds a person needs at least to fill the form: faster is a bot. */
export const MIN_FILL_SECONDS = 3;
/** A form left open longer than this is shown again with a new token. */
export const MAX_FORM_AGE_SECONDS = 24 * 3600;

export type FormTokenProblem = 'no-token' | 'forged' | 'too-fast' | 'stale-form';

const signature = (issuedAt: number, secret: string) =>
  crypto.createHmac('sha256', secret).update(`sigobito:citizen-request-form:${issuedAt}`).digest('base64url');

/**
 * The token the public request form carries: when it was shown, signed by the CMS. A client
 * that posts to the API directly cannot make up an old enough time; it has to ask for a
 * token and wait like a person.
 */
export const issueFormToken = (nowMs: number, secret: string): string => `${nowMs}.${signature(nowMs, secret)}`;

/** Pure: why a form token shows an automated submission, or null for one a person filled. */
export function formTokenProblem(token: unknown, nowMs: number, secret: string): FormTokenProblem | null {
  if (typeof token !== 'string' || token === '') return 'no-token';
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return 'forged';
  const issuedAt = Number(m[1]);
  const expected = Buffer.from(signature(issuedAt, secret));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'forged';
  const seconds = (nowMs - issuedAt) / 1000;
  if (seconds < MIN_FILL_SECONDS) return 'too-fast';
  if (seconds > MAX_FORM_AGE_SECONDS) return 'stale-form';
  return null;
}
