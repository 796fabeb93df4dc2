import type { Core } from '@strapi/strapi';

/*
 * Planner statistics kept current (issue 13). Without them SQLite picks indexes by guesswork:
 * it drove the tasks list from the activities' visibility index instead of the link's own.
 * - SQLite: at boot, ANALYZE when the database has never been analysed (no sqlite_stat1),
 *   else PRAGMA optimize (cheap: it re-analyses only tables that changed a lot); after a bulk
 *   import, PRAGMA optimize.
 * - MariaDB/MySQL: ANALYZE TABLE of the tables a bulk import grew (InnoDB samples on its own
 *   otherwise, late).
 */

type Knex = { raw: (sql: string) => Promise<unknown>; client: { config: { client?: string } } };

const isSqlite = (knex: Knex) => /sqlite/.test(String(knex.client.config.client));
const quoted = (name: string) => '`' + name.replace(/`/g, '``') + '`';

async function hasSqliteStats(knex: Knex): Promise<boolean> {
  const rows = (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")) as unknown[];
  return rows.length > 0;
}

/** At boot: the statistics exist and are fresh enough. */
export async function refreshStatisticsAtBoot(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection as unknown as Knex;
  if (!isSqlite(knex)) return;
  await knex.raw((await hasSqliteStats(knex)) ? 'PRAGMA optimize' : 'ANALYZE');
}

/** After rows were written in bulk into these tables (a CSV import, the benchmark's dataset). */
export async function refreshStatisticsAfterImport(strapi: Core.Strapi, tables: string[]): Promise<void> {
  const knex = strapi.db.connection as unknown as Knex;
  if (isSqlite(knex)) {
    await knex.raw((await hasSqliteStats(knex)) ? 'PRAGMA optimize' : 'ANALYZE');
    return;
  }
  if (tables.length) await knex.raw(`ANALYZE TABLE ${tables.map(quoted).join(', ')}`);
}
