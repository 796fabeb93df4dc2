import type { Core } from '@strapi/strapi';
import { getEnv } from '@sigobito/config';
import { flagRestrictedHistory, registerAuditTrail } from './audit/middleware';
import { syncRoles } from './roles/sync';
import { isEmpty, seedDemo } from './seed/demo';
import { registerSessionEnd } from './sessions/revocation';
import { registerModules, registeredModules } from './backoffice/registry';
import { registerWorkflowGuard } from './backoffice/workflow';
import { MODULES } from './modules';
import { takeBootLock } from './cluster/boot-lock';
import { ensureCronLeases } from './cluster/cron-lease';
import { closeSharedRedis, connectSharedRedis } from './cluster/redis';
import { closeReadCaches, registerReadCaches } from './cluster/read-cache';
import { registerEmailChannel } from './outbox/email';
import { stopOutbox } from './outbox/outbox';
import { refreshStatisticsAtBoot } from './ops/statistics';
import { refuseStatementsForGoneClients } from './http/client-gone';
import { dropSearchTriggers, ensureSearchIndexes } from './backoffice/search-index';

const allResources = () => registeredModules().flatMap((m) => m.resources);

/** Held from register() to the end of bootstrap(): one process at a time changes the schema. */
let releaseBootLock: (() => Promise<void>) | null = null;

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // From here to the end of bootstrap() (Strapi's schema sync, its plugins' first rows, our
    // own tables, roles and seed) other CMS processes on this database wait: cluster/boot-lock.ts.
    releaseBootLock = await takeBootLock(strapi, (m) => strapi.log.info(m));
    await ensureCronLeases(strapi.db.connection);
    registerModules(MODULES);
    // Strapi's schema sync may rebuild a table; the search indexes' triggers come back in bootstrap().
    await dropSearchTriggers(strapi);
    registerAuditTrail(strapi);
    registerWorkflowGuard(strapi);
    registerSessionEnd(strapi);
    registerEmailChannel();
    refuseStatementsForGoneClients(strapi.db.connection);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      // Before anything writes: from here on every change to a searchable table reaches its index.
      await ensureSearchIndexes(strapi, allResources(), (m) => strapi.log.info(m));
      await flagRestrictedHistory(strapi);
      for (const module of registeredModules()) await module.bootstrap?.(strapi);
      const report = await syncRoles(strapi);
      if (report.rolesCreated.length || report.permissionsAdded || report.permissionsRemoved) {
        strapi.log.info(`Roles synced: ${JSON.stringify(report)}`);
      }
      // `npm start` asks for the demo municipality on the first run (an empty database).
      if (process.env.SIGOBITO_SEED_IF_EMPTY === 'true' && (await isEmpty(strapi))) {
        await seedDemo(strapi, { password: getEnv().DEMO_PASSWORD, log: (m) => console.log(m) });
      }
      await refreshStatisticsAtBoot(strapi);
    } finally {
      await releaseBootLock?.();
      releaseBootLock = null;
    }
    await connectSharedRedis(strapi.log);
    registerReadCaches(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopOutbox(strapi);
    await drainDatabase(strapi);
    await closeReadCaches();
    await closeSharedRedis();
  },
};

type Pool = { numUsed(): number; numPendingAcquires(): number };

/**
 * A graceful stop: the database work under way (a send's outcome, an e-mail queued after a
 * commit) ends before Strapi closes the pool, which would cut it with an error nobody awaits.
 * Bounded: a stuck query does not hold the stop up for more than a few seconds.
 */
async function drainDatabase(strapi: Core.Strapi, maxMs = 5000): Promise<void> {
  const pool = (strapi.db?.connection?.client as { pool?: Pool } | undefined)?.pool;
  const busy = () => Boolean(pool && pool.numUsed() + pool.numPendingAcquires() > 0);
  for (const until = Date.now() + maxMs; busy() && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 25));
}

