import { getEnv } from '@sigobito/config';
import { RateLimiter } from '../http/rate-limit';
import { isFailedAttempt, isPasswordCheck, statusOfError } from '../sessions/login-brake';

type Ctx = { method: string; path: string; status: number; body: unknown; request: { ip: string }; set: (name: string, value: string) => void };

const WINDOW_MS = 60_000;

/**
 * After global::edge (which has set the client's real address): LOGIN_RATE_LIMIT failed password
 * checks a minute per address, shared by every route that checks a password; past it, 429
 * before the password is even looked at. Successful logins do not count.
 */
export default () => {
  const limiter = new RateLimiter(getEnv().LOGIN_RATE_LIMIT, WINDOW_MS);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!isPasswordCheck(ctx.method, ctx.path)) return next();
    const key = ctx.request.ip;
    if (limiter.isOver(key)) {
      ctx.status = 429;
      ctx.set('Retry-After', String(WINDOW_MS / 1000));
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: 'Demasiados intentos fallidos: espere un minuto y vuelva a intentarlo.', details: {} } };
      return;
    }
    try {
      await next();
    } catch (error) {
      // users-permissions refuses a wrong password by throwing; strapi::errors answers it.
      if (isFailedAttempt(statusOfError(error))) limiter.take(key);
      throw error;
    }
    if (isFailedAttempt(ctx.status)) limiter.take(key);
  };
};
