import path from 'node:path';
import { getEnv, repoRoot } from '@sigobito/config';

/**
 * Bounds on waiting for the database, so that no work piles up for minutes (the overload gate,
 * src/middlewares/overload.ts, keeps the requests at once to about the pool's size):
 * - a statement waits at most this long for a pooled connection (knex's default is a minute);
 *   past it the request is a 503 (the database is busy), not a client left hanging;
 */
const ACQUIRE_TIMEOUT_MS = 10_000;
/**
 * - SQLite waits at most this long for another process's lock (a backup's copy step takes
 *   milliseconds). better-sqlite3 waits synchronously: the whole CMS, its health check
 *   included, stands still meanwhile; its default is 5 s.
 */
const SQLITE_BUSY_TIMEOUT_MS = 2000;

type SqliteConnection = { pragma: (sql: string) => unknown };

export default () => {
  const env = getEnv();
  if (env.DATABASE_CLIENT === 'mysql') {
    return {
      connection: {
        client: 'mysql',
        connection: {
          host: env.DATABASE_HOST,
          port: env.DATABASE_PORT,
          database: env.DATABASE_NAME,
          user: env.DATABASE_USERNAME,
          password: env.DATABASE_PASSWORD,
          charset: 'utf8mb4',
          ssl: env.DATABASE_SSL
            ? { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED, ...(env.DATABASE_SSL_CA ? { ca: env.DATABASE_SSL_CA } : {}) }
            : false,
        },
        pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(repoRoot, env.DATABASE_FILENAME) },
      useNullAsDefault: true,
      acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
      // One connection (knex's default for SQLite): Strapi's own set-up runs first, then this.
      pool: {
        afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => {
          connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
          done(null, connection);
        },
      },
    },
  };
};
