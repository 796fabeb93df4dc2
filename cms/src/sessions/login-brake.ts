import { normalisedPath } from '../edge/allowlist';

/**
 * The routes that check a password: the API login, the browser login and the own password
 * change. One brake counts the failed attempts of a client address across all three, so
 * switching path buys no new guesses (users-permissions' own limiter counts per path).
 */
const PASSWORD_CHECKS: ReadonlySet<string> = new Set(['POST /api/auth/local', 'POST /api/backoffice/session', 'PUT /api/backoffice/me/password']);

/** Pure: whether a request is one of the password checks the brake counts. */
export function isPasswordCheck(method: string, rawPath: string): boolean {
  const path = normalisedPath(rawPath);
  if (path === null) return false;
  return PASSWORD_CHECKS.has(`${method.toUpperCase()} ${path.replace(/\/$/, '')}`);
}

/** Pure: an answer that means the password (or the request carrying it) was refused. */
export const isFailedAttempt = (status: number): boolean => status === 400 || status === 401;

/** Strapi's error classes and the answers its errors middleware gives them. */
const STATUS_OF_ERROR: ReadonlyMap<string, number> = new Map([
  ['ValidationError', 400],
  ['YupValidationError', 400],
  ['ApplicationError', 400],
  ['UnauthorizedError', 401],
  ['ForbiddenError', 403],
  ['NotFoundError', 404],
  ['RateLimitError', 429],
]);

/** Pure: the status an error thrown by a route becomes (what users-permissions' login throws). */
export function statusOfError(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 500;
  const { status, name } = error as { status?: unknown; name?: unknown };
  if (typeof status === 'number') return status;
  return (typeof name === 'string' && STATUS_OF_ERROR.get(name)) || 500;
}
