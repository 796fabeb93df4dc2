import { getEnv } from '@sigobito/config';
import { FILE_MIMES } from '../src/domain/files/file-types';
import { SharedRateLimitStore } from '../src/cluster/counters';

export default () => {
  const env = getEnv();
  return {
    // The back office uploads through /api/backoffice/uploads, which checks content itself; no
    // role may use Strapi's own upload routes, and if one ever could they take the same types.
    upload: { config: { security: { allowedTypes: [...FILE_MIMES] } } },
    'users-permissions': {
      config: {
        // A stateless JWT that lasts one working day: the back office returns to the login
        // page on the first 401 after it expires.
        jwtManagement: 'legacy-support',
        jwtSecret: env.JWT_SECRET,
        jwt: { expiresIn: `${env.SESSION_HOURS}h` },
        register: { allowedFields: [] },
        // Brute-force brake on /auth/local, per address and minute, counted with every CMS
        // process when REDIS_URL is set (its default store is this process's memory).
        ratelimit: { interval: 60_000, max: env.LOGIN_RATE_LIMIT, store: new SharedRateLimitStore('auth-routes', 60_000) },
      },
    },
  };
};
