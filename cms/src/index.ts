import type { Core } from '@strapi/strapi';
import { getEnv } from '@sigobito/config';
import { flagRestrictedHistory, registerAuditTrail } from './audit/middleware';
import { syncRoles } from './roles/sync';
import { isEmpty, seedDemo } from './seed/demo';
import { registerSessionEnd } from './sessions/revocation';
import { registerModules, registeredModules } from './backoffice/registry';
import { registerWorkflowGuard } from './backoffice/workflow';
import { MODULES } from './modules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerModules(MODULES);
    registerAuditTrail(strapi);
    registerWorkflowGuard(strapi);
    registerSessionEnd(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
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
  },
};
