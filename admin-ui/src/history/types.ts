import type { Identifier } from 'react-admin';

export type AuditChange = { before: unknown; after: unknown };

/** A row of `GET /api/backoffice/audit-logs`. */
export type AuditLog = {
  id: Identifier;
  action: string;
  contentType?: string;
  resource: string;
  recordId: string;
  recordLabel?: string | null;
  userId?: Identifier | null;
  userName?: string | null;
  at: string;
  changes?: Record<string, AuditChange> | null;
};
