/* Fields a user may not read (ResourceDef.readHidden) stay out of what they get back: the
   record and its history. Filtering or sorting by them is refused by the list parser (engine.hiddenFor). */

export function omitFields<T extends Record<string, unknown>>(record: T, fields: readonly string[]): T {
  if (!fields.length) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => !fields.includes(k))) as T;
}

/** A history entry without the before and after of those fields. */
export function omitChanges<T extends Record<string, unknown>>(entry: T, fields: readonly string[]): T {
  const changes = entry.changes;
  if (!fields.length || !changes || typeof changes !== 'object' || Array.isArray(changes)) return entry;
  return { ...entry, changes: omitFields(changes as Record<string, unknown>, fields) };
}
