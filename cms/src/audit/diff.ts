export type Change = { before: unknown; after: unknown };

const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'resetPasswordToken', 'confirmationToken', 'calendarToken', 'sessionsValidAfter']);
/** Secrets whose change is recorded (a password was set or changed), never their value. */
const MASKED = new Set(['password']);
const MASK = '••••••';

/** Relations come populated as objects or arrays of objects: compare them by documentId. */
function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalize).sort();
  if (value && typeof value === 'object' && 'documentId' in value) return (value as { documentId: unknown }).documentId;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Pure: the fields that differ between two versions of a record, with before and after. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Record<string, Change> {
  const changes: Record<string, Change> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = normalize(before?.[key]);
    const a = normalize(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = MASKED.has(key) ? { before: b == null ? null : MASK, after: a == null ? null : MASK } : { before: b, after: a };
  }
  return changes;
}
