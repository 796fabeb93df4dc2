/* Environment of the integration suites: fixed test secrets, no cron, a database per worker.
   With DATABASE_CLIENT=mysql the suites run against MariaDB/MySQL (global-setup creates a
   throwaway utf8mb4 database). */
const worker = process.env.JEST_WORKER_ID ?? '1';
Object.assign(process.env, {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  CRON_ENABLED: 'false',
  SERVE_BACKOFFICE: 'true',
  LOG_LEVEL: 'error',
  APP_KEYS: 'test-key-aaaaaaaaaaaaaaaa,test-key-bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'test-api-token-salt-000',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret-000',
  TRANSFER_TOKEN_SALT: 'test-transfer-salt-00000',
  JWT_SECRET: 'test-jwt-secret-0000000000',
  ENCRYPTION_KEY: 'test-encryption-key-00000',
  SITE_RELAY_SECRET: 'test-site-relay-secret-00',
  DEMO_PASSWORD: 'demo-test-password',
  SIGOBITO_ENV_FILE: '/nonexistent/.env',
});
// Two workers run suites side by side: each has its own database (the name is suffixed once).
if (process.env.DATABASE_CLIENT === 'mysql') {
  const base = process.env.DATABASE_NAME ?? 'sigobito_test';
  if (!base.endsWith(`_w${worker}`)) process.env.DATABASE_NAME = `${base}_w${worker}`;
} else {
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = `.tmp/test-${worker}.db`;
}
