import { createHash } from 'node:crypto';
import type { UploadContent } from '../../../uploads/read';
import type { DeliveryPayload } from '../delivery-payload';
import type { OwnPosts } from './match';

/**
 * What a platform's answer means, as each platform's client says it (X's and the Graph API's
 * codes differ; what they mean for a delivery does not).
 * - `rate_limited`: refused before doing anything; again at `until` (the reset the answer states).
 * - `credentials`: the credentials were refused (X's 401, Facebook's expired token 190): the channel pauses.
 * - `duplicate`: the platform says it has this text already: look it up.
 * - `refused`: the content will never go as it is (a 400): failed, with the platform's reason.
 * - `not_sent`: nothing went out (no connection, an image upload that failed): try again later.
 * - `unknown`: the post may have been created (timeout, 5xx, connection cut after sending).
 * - `needs_person`: only a person can sort it out (the account is restricted).
 */
export type PlatformFailureKind = 'rate_limited' | 'credentials' | 'duplicate' | 'refused' | 'not_sent' | 'unknown' | 'needs_person';

export class PlatformError extends Error {
  readonly kind: PlatformFailureKind;
  readonly until?: Date;

  constructor(kind: PlatformFailureKind, message: string, opts: { until?: Date; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PlatformError';
    this.kind = kind;
    if (opts.until) this.until = opts.until;
  }
}

export const isPlatformError = (e: unknown): e is PlatformError => e instanceof Error && e.name === 'PlatformError' && typeof (e as PlatformError).kind === 'string';

export type PublishedPost = { id: string; url: string };
export type ImageToSend = UploadContent & { alt: string };

/** One platform, as the social adapter drives it. Every method throws a PlatformError for an answer it understood. */
export type PlatformClient = {
  channel: 'x' | 'facebook';
  /** Its name in messages ("X", "Facebook"). */
  label: string;
  /** Which credentials it has (a hash, never the secret), or null while it has none. */
  fingerprint: () => string | null;
  /** Creates the post: images uploaded first (with their alt text), then the post itself. */
  publish: (payload: DeliveryPayload, images: ImageToSend[]) => Promise<PublishedPost>;
  /** The account's own posts since `since`. */
  ownPosts: (since: Date) => Promise<OwnPosts>;
  /** A harmless call that works only with valid credentials (to lift a pause). */
  probe: () => Promise<void>;
};

/** Pure: a short hash that tells credentials apart without revealing them. */
export const fingerprintOf = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** Pure: the moment a wait of `seconds` ends (a platform's reset), at least a second from now. */
export const secondsFrom = (now: Date, seconds: number): Date => new Date(now.getTime() + Math.max(1, seconds) * 1000);

/** Network errors that mean the request never reached the platform (nothing can have been posted). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL', 'UND_ERR_CONNECT_TIMEOUT']);

/** Pure: whether a failed request surely never reached the platform, from its error code (or its cause's). */
export function neverReachedPlatform(e: unknown): boolean {
  let current: unknown = e;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
