import path from 'node:path';
import { getEnv, repoRoot, trustedProxyHops } from '@sigobito/config';
import { cronTasks } from '../src/jobs/cron-tasks';
import { leasedTasks, takeLeaseInDatabase } from '../src/cluster/cron-lease';

export default () => {
  const env = getEnv();
  const hops = trustedProxyHops(env);
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.CMS_URL ? { url: env.CMS_URL } : {}),
    // Behind TRUST_PROXY reverse proxies: the client address is the X-Forwarded-For entry
    // that many hops back (what our own proxies wrote), never one the client chose; with none,
    // the header is ignored. The public site's visitors: src/middlewares/edge.ts.
    proxy: { koa: hops > 0, maxIpsCount: hops },
    // Uploaded files live in <CMS_PUBLIC_DIR>/uploads (another disk, or a restore drill's folder).
    dirs: { public: path.resolve(repoRoot, env.CMS_PUBLIC_DIR) },
    app: { keys: env.APP_KEYS.split(',').map((k) => k.trim()) },
    // Every process schedules every job; each tick runs in the one that takes its lease.
    cron: { enabled: env.CRON_ENABLED, tasks: leasedTasks(cronTasks, takeLeaseInDatabase, { everySeconds: env.CRON_EVERY_SECONDS, log: (m) => strapi.log.info(m) }) },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
  };
};
