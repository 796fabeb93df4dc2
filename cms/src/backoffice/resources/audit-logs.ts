import type { ResourceDef } from '../types';
import { resourceByUid, resourceByName } from '../registry';

/** Audited records that are not back-office resources of their own: login accounts. */
const AUDIT_ONLY: Record<string, string> = { accounts: 'plugin::users-permissions.user' };

const uidOf = (name: unknown) => (typeof name === 'string' ? (resourceByName(name)?.uid ?? AUDIT_ONLY[name]) : undefined);
const nameOf = (uid: string) => resourceByUid(uid)?.name ?? Object.keys(AUDIT_ONLY).find((k) => AUDIT_ONLY[k] === uid) ?? null;

/** Read-only: written by the audit middleware. Filter by `resource` (+ `recordId`). */
export const auditLogs: ResourceDef = {
  name: 'audit-logs',
  uid: 'api::audit-log.audit-log',
  searchable: ['userName', 'recordLabel', 'recordId'],
  readonlyResource: true,
  virtualFilters: {
    resource: (value) => {
      const uids = (Array.isArray(value) ? value : [value]).map(uidOf).filter(Boolean);
      return { contentType: { $in: uids.length ? uids : ['-'] } };
    },
  },
  present: (record, out) => ({ ...out, resource: nameOf(String(record.contentType)) }),
};
