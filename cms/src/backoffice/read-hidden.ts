import { BadRequest } from './errors';
import { splitOperator } from './query';

/* Fields a user may not read (ResourceDef.readHidden) stay out of what they get back: the
   record, its history, and what a filter or a sort would reveal of their values. */

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

const parsed = (raw: unknown): unknown => {
  try {
    return typeof raw === 'string' && raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined; // the list parser reports malformed JSON
  }
};

/** Filtering or sorting by a field one may not read would tell its value: refused as unknown. */
export function refuseHiddenQuery(query: Record<string, unknown>, fields: readonly string[]) {
  if (!fields.length) return;
  const filter = parsed(query.filter);
  if (filter && typeof filter === 'object' && !Array.isArray(filter)) {
    for (const key of Object.keys(filter)) {
      const { field } = splitOperator(key);
      if (fields.includes(field)) throw new BadRequest([{ path: `filter.${key}`, code: 'unknown_field', message: `No se puede filtrar por «${field}»` }]);
    }
  }
  const sort = parsed(query.sort);
  if (Array.isArray(sort) && fields.includes(String(sort[0]))) {
    throw new BadRequest([{ path: 'sort', code: 'unknown_field', message: `No se puede ordenar por «${String(sort[0])}»` }]);
  }
}
