import path from 'node:path';
import { getEnv, repoRoot } from '@sigobito/config';

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
        acquireConnectionTimeout: 60000,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(repoRoot, env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};
