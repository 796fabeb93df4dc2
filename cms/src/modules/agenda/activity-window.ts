import type { Core } from '@strapi/strapi';
import { readCache } from '../../cluster/read-cache';
import type { Filters } from '../../backoffice/types';

const ACTIVITY_UID = 'api::activity.activity';

/*
 * The calendar asks for the activities that overlap a window: `start < to` and `end > from`. Either
 * bound alone lets an index read every activity before the window's end (or after its start).
 * An activity lasts at most as long as the longest one stored, so `end > from` implies `start >
 * from − longest`: with both bounds on `start`, its index reads about the window only.
 */

/** The longest an activity lasts (ms), or null when there is none: cached, dropped on any activity write. */
const spans = readCache('activity-span', [ACTIVITY_UID], 1);

async function longestActivityMs(strapi: Core.Strapi): Promise<number | null> {
  return spans.get('longest', async () => {
    const knex = strapi.db.connection;
    const table = knex.raw('??', [(strapi.db.metadata.get(ACTIVITY_UID) as { tableName: string }).tableName]);
    // SQLite keeps instants as milliseconds; MariaDB as DATETIME.
    const sql =
      strapi.db.dialect.client === 'sqlite'
        ? knex.select(knex.raw('max(?? - ??) as ms', ['end', 'start'])).from(table)
        : knex.select(knex.raw('max(timestampdiff(microsecond, ??, ??)) / 1000 as ms', ['start', 'end'])).from(table);
    const row = (await sql.first()) as { ms: number | string | null } | undefined;
    return row?.ms === null || row?.ms === undefined ? null : Number(row.ms);
  });
}

/** The latest `end > x` (or `end >= x`) among the conditions of a parsed filter, in ms. */
function windowStart(filters: Filters): number | null {
  const conditions = Array.isArray(filters.$and) ? (filters.$and as Filters[]) : [filters];
  let from: number | null = null;
  for (const c of conditions) {
    const end = c && typeof c === 'object' && Object.hasOwn(c, 'end') ? (c.end as Record<string, unknown>) : null;
    for (const op of ['$gt', '$gte']) {
      const value = end && Object.hasOwn(end, op) ? end[op] : undefined;
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isNaN(ms)) from = Math.max(from ?? ms, ms);
    }
  }
  return from;
}

/** What a window filter implies about `start` (no activity more or less: the same answer, read through the index). */
export async function activityWindowBound(strapi: Core.Strapi, filters: Filters): Promise<Filters | undefined> {
  const from = windowStart(filters);
  if (from === null) return undefined;
  const longest = await longestActivityMs(strapi);
  if (longest === null || !Number.isFinite(longest)) return undefined;
  // A second of margin: MariaDB may keep instants to the second.
  return { start: { $gt: new Date(from - longest - 1000).toISOString() } };
}
