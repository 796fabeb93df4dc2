import type { Identifier } from 'react-admin';

export type AuditChange = { before: unknown; after: unknown };

/** A row of `GET /api/backoffice/audit-logs`. */
export type AuditLog = {
  id: Identifier;
  action: string;
  contentType?: string;
  /** null for content types the server does not name. */
  resource: string | null;
  recordId: string;
  recordLabel?: string | null;
  userId?: Identifier | null;
  userName?: string | null;
  at: string;
  changes?: Record<string, AuditChange> | null;
};
