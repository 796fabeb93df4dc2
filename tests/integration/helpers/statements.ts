import type { Core } from '@strapi/strapi';

export type Seen = { sql: string; bindings: unknown[] };

/** The SQL statements the database receives while `fn` runs. */
export async function statementsDuring(strapi: Core.Strapi, fn: () => Promise<unknown>): Promise<Seen[]> {
  const seen: Seen[] = [];
  const listener = (q: { sql: string; bindings?: unknown[] }) => seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
  const knex = strapi.db.connection;
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  return seen;
}
