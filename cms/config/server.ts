import path from 'node:path';
import { getEnv, repoRoot } from '@sigobito/config';
import { cronTasks } from '../src/jobs/cron-tasks';

export default () => {
  const env = getEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.CMS_URL ? { url: env.CMS_URL } : {}),
    // Behind an HTTPS reverse proxy: trust X-Forwarded-*, but only the last hop the proxy
    // added, so a client cannot pick its own address (the request form's rate limit).
    proxy: { koa: env.TRUST_PROXY ?? env.NODE_ENV === 'production', maxIpsCount: 1 },
    // Uploaded files live in <CMS_PUBLIC_DIR>/uploads (another disk, or a restore drill's folder).
    dirs: { public: path.resolve(repoRoot, env.CMS_PUBLIC_DIR) },
    app: { keys: env.APP_KEYS.split(',').map((k) => k.trim()) },
    cron: { enabled: env.CRON_ENABLED, tasks: cronTasks },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
  };
};
