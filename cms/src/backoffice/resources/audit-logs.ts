import type { ResourceDef } from '../types';
import { resourceByUid, resourceByName } from '../registry';

/** Read-only: written by the audit middleware. Filter by `resource` (+ `recordId`). */
export const auditLogs: ResourceDef = {
  name: 'audit-logs',
  uid: 'api::audit-log.audit-log',
  searchable: ['userName', 'recordLabel', 'recordId'],
  readonlyResource: true,
  virtualFilters: {
    resource: (value) => {
      const names = Array.isArray(value) ? value : [value];
      const uids = names.map((n) => (typeof n === 'string' ? resourceByName(n)?.uid : undefined)).filter(Boolean);
      return { contentType: { $in: uids.length ? uids : ['-'] } };
    },
  },
  present: (record, out) => ({ ...out, resource: resourceByUid(String(record.contentType))?.name ?? null }),
};
