import type { Core } from '@strapi/strapi';

/** How long a process waits for another one's start-up before it gives up (seconds). */
export const BOOT_LOCK_WAIT_SECONDS = 600;

/** Pure: the lock's name. MariaDB's named locks are per server, so it names the database. */
export const bootLockName = (database: string) => `sigobito:boot:${database}`.slice(0, 64);

type RawConnection = { query: (sql: string, params: unknown[], cb: (error: Error | null, rows: Array<Record<string, unknown>>) => void) => void };
type KnexClient = {
  connectionSettings: { database?: string };
  acquireRawConnection: () => Promise<RawConnection>;
  destroyRawConnection: (c: RawConnection) => Promise<void>;
};

const query = (conn: RawConnection, sql: string, params: unknown[]) =>
  new Promise<Array<Record<string, unknown>>>((resolve, reject) => conn.query(sql, params, (error, rows) => (error ? reject(error) : resolve(rows))));

/**
 * Serialises the start-up of CMS processes that share a MariaDB/MySQL database: Strapi's schema
 * sync, its plugins' first rows (roles, permissions, locales) and our own bootstrap (tables,
 * roles, the demo seed) run in one process at a time, so processes started together on an empty
 * or changed schema never race (`Table 'upload_folders' already exists`). The others wait, then
 * find the schema in place. Taken in register(), released at the end of bootstrap(); a process
 * that dies holding it loses it with its connection. On its own connection, outside the pool
 * (a pool of one would otherwise wait for itself). SQLite has one process: no lock.
 */
export async function takeBootLock(strapi: Core.Strapi, log: (message: string) => void): Promise<() => Promise<void>> {
  if (strapi.db.dialect.client !== 'mysql') return async () => undefined;
  const client = strapi.db.connection.client as unknown as KnexClient;
  const name = bootLockName(client.connectionSettings.database ?? '');
  const conn = await client.acquireRawConnection();
  try {
    const free = await query(conn, 'SELECT IS_FREE_LOCK(?) AS free', [name]);
    if (Number(free[0]?.free) !== 1) log('Another CMS process is starting on this database: waiting for it to finish.');
    const rows = await query(conn, 'SELECT GET_LOCK(?, ?) AS got', [name, BOOT_LOCK_WAIT_SECONDS]);
    if (Number(rows[0]?.got) !== 1) throw new Error(`Another CMS process held the start-up lock "${name}" for ${BOOT_LOCK_WAIT_SECONDS} s: is one stuck starting?`);
  } catch (error) {
    await client.destroyRawConnection(conn);
    throw error;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    try {
      await query(conn, 'SELECT RELEASE_LOCK(?)', [name]);
    } finally {
      await client.destroyRawConnection(conn);
    }
  };
}
