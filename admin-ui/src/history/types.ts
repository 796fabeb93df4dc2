import type { Identifier } from 'react-admin';

export type AuditChange = { before: unknown; after: unknown };

/** The names of the records an entry's changes link to, for this reader: by field, then id (null: not theirs to see, or gone). */
export type ReferenceNames = Record<string, Record<string, string | null>>;

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
  references?: ReferenceNames | null;
};
