import { getEnv } from '@sigobito/config';
import { cronTasks } from '../src/jobs/cron-tasks';

export default () => {
  const env = getEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.CMS_URL ? { url: env.CMS_URL } : {}),
    // Behind an HTTPS reverse proxy: trust X-Forwarded-* so secure cookies and URLs work.
    proxy: env.NODE_ENV === 'production',
    app: { keys: env.APP_KEYS.split(',').map((k) => k.trim()) },
    cron: { enabled: env.CRON_ENABLED, tasks: cronTasks },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
  };
};
