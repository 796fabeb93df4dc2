import { defineModule } from '../../backoffice/registry';
import { auditLogs } from './audit-logs';

/** Historial: the change log every module's writes leave (cms/src/audit writes it; this module reads it). */
export const history = defineModule({ name: 'history', resources: [auditLogs] });
