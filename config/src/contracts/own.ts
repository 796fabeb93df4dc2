/**
 * The value a lookup table holds under `key` itself, never one it inherits from
 * Object.prototype: `table["constructor"]` is `Object`, `table["__proto__"]` is the prototype,
 * and a client who names them must get "unknown", not a function or the prototype. Every table
 * looked up by what a request sent (a filter key, a resource name, a CSV column) goes through here.
 */
export function own<T>(table: Readonly<Partial<Record<string, T>>> | undefined | null, key: string): T | undefined {
  return table != null && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` is one of the table's own keys (`key in table` also answers true for "toString"). */
export const isOwnKey = <K extends string>(table: Readonly<Record<K, unknown>>, key: unknown): key is K => typeof key === 'string' && Object.hasOwn(table, key);
