import type { Core } from '@strapi/strapi';
import { getEnv } from '@sigobito/config';
import { flagRestrictedHistory, registerAuditTrail } from './audit/middleware';
import { syncRoles } from './roles/sync';
import { isEmpty, seedDemo } from './seed/demo';
import { registerAgendaHandovers } from './modules/agenda/handover';
import { registerGoalHandovers } from './modules/goals/handover';
import { ensureFormTokenUses } from './modules/agenda/form-token-uses';
import { registerSessionEnd } from './sessions/revocation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerAuditTrail(strapi);
    registerSessionEnd(strapi);
    registerAgendaHandovers();
    registerGoalHandovers();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await flagRestrictedHistory(strapi);
    await ensureFormTokenUses(strapi);
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
