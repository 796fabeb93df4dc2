import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { withKnex } from '../../backoffice/transaction';

/**
 * Form tokens already used for a request, so that each one serves once (issue 7). In the
 * database, not in memory: it holds across restarts and for every CMS process, and the primary
 * key makes the check and the record one atomic step. A record goes once its token would be
 * refused as stale anyway. Strapi leaves tables it did not create alone.
 */
export const FORM_TOKEN_USES_TABLE = 'sigobito_form_token_uses';

type Knex = Core.Strapi['db']['connection'];
const knex = (strapi: Core.Strapi): Knex => strapi.db.connection;

/** Creates the table on the first start (two processes starting at once are fine). */
export async function ensureFormTokenUses(strapi: Core.Strapi): Promise<void> {
  const db = knex(strapi);
  if (await db.schema.hasTable(FORM_TOKEN_USES_TABLE)) return;
  try {
    await db.schema.createTable(FORM_TOKEN_USES_TABLE, (t) => {
      t.string('token_hash', 64).primary();
      t.bigInteger('expires_at').notNullable().index();
    });
  } catch (error) {
    if (!(await db.schema.hasTable(FORM_TOKEN_USES_TABLE))) throw error;
  }
}

/**
 * Forgets the uses of tokens that would be refused as stale anyway. Its own short statement,
 * before the submission's transaction: two submissions holding locks on the same range while
 * each waits for the other to record its token would deadlock on MariaDB.
 */
export async function forgetStaleFormTokens(strapi: Core.Strapi, nowMs = Date.now()): Promise<void> {
  await withKnex(strapi, (db) => db(FORM_TOKEN_USES_TABLE).where('expires_at', '<', nowMs).delete());
}

/**
 * Records the one use of a (valid) token: true the first time, false for a replay. In the
 * caller's transaction: a submission that fails after this does not use up the form.
 */
export async function useFormToken(strapi: Core.Strapi, token: string, expiresAtMs: number): Promise<boolean> {
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  return withKnex(strapi, async (db) => {
    try {
      await db(FORM_TOKEN_USES_TABLE).insert({ token_hash: hash, expires_at: expiresAtMs });
      return true;
    } catch (error) {
      // The primary key refused it: another request (maybe in another process) used it first.
      if (await db(FORM_TOKEN_USES_TABLE).where({ token_hash: hash }).first()) return false;
      throw error;
    }
  });
}
