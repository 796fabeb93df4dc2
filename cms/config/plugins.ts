import { getEnv, objectStorage } from '@sigobito/config';
import { FILE_MIMES } from '../src/domain/files/file-types';
import { SharedRateLimitStore } from '../src/cluster/counters';

/**
 * The S3 provider (src/uploads/provider.ts), by a module name Strapi can require from its upload
 * plugin: Strapi lower-cases the name, so an absolute path would break in a folder with capitals.
 * It is also the name stored in each file's `provider` column.
 */
const S3_PROVIDER = '@sigobito/cms/dist/src/uploads/provider';

export default () => {
  const env = getEnv();
  const bucket = objectStorage(env);
  return {
    upload: {
      config: {
        // Files in CMS_PUBLIC_DIR/uploads, or in a private bucket when S3_BUCKET is set; served
        // either way only at signed addresses (src/middlewares/signed-uploads.ts).
        ...(bucket ? { provider: S3_PROVIDER, providerOptions: bucket } : {}),
        // The back office uploads through /api/backoffice/uploads, which checks content itself; no
        // role may use Strapi's own upload routes, and if one ever could they take the same types.
        security: { allowedTypes: [...FILE_MIMES] },
      },
    },
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
