import type { Core } from '@strapi/strapi';

/*
 * One database transaction per write, whatever it touches. Strapi keeps the open transaction in
 * AsyncLocalStorage: every `strapi.db.query(...)` and `strapi.documents(...)` call made inside
 * `strapi.db.transaction(cb)` joins it, and a transaction opened inside another reuses the outer
 * one (it commits or rolls back with it). Raw knex (`strapi.db.connection`) does not join by
 * itself: it goes through `withKnex`. On SQLite, with its single connection, a query outside the
 * open transaction would wait for it forever.
 */

/** Runs `work` in the transaction of the call, or in a new one: all of it commits, or none. */
export function inTransaction<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(() => work()) as Promise<T>;
}

/**
 * Runs `effect` once what it announces is committed (e-mail, the outbox's "flush soon" timer):
 * never for a write that was rolled back. Outside a transaction it runs at once. An effect
 * that fails is logged: the data it follows is committed already.
 */
export async function afterCommit(strapi: Core.Strapi, effect: () => void): Promise<void> {
  const guarded = () => {
    try {
      effect();
    } catch (e) {
      strapi.log.error(`after commit: ${(e as Error).message}`);
    }
  };
  if (!strapi.db.inTransaction()) return guarded();
  await strapi.db.transaction(async ({ onCommit }) => onCommit(guarded));
}

type Knex = Core.Strapi['db']['connection'];

/** Raw knex on the transaction of the call (or a new one), for tables Strapi does not manage. */
export function withKnex<T>(strapi: Core.Strapi, work: (db: Knex) => Promise<T>): Promise<T> {
  return strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as Promise<T>;
}
