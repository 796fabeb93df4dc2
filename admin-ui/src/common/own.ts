/**
 * The value a lookup table holds under `key` itself, never one it inherits from Object.prototype
 * (`table["constructor"]` is `Object`): for tables looked up by a name from the address bar or
 * from the server (a resource, an action, a field, an error path).
 */
export const own = <T>(table: Readonly<Partial<Record<string, T>>> | undefined | null, key: string): T | undefined =>
  table != null && Object.hasOwn(table, key) ? table[key] : undefined;
