/** The environment of the benchmark's CMS and floor: fixed throwaway secrets, no cron, production mode. */
export const BENCH_SECRETS = {
  APP_KEYS: 'bench-key-aaaaaaaaaaaaaaa,bench-key-bbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'bench-api-token-salt-00',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-0',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt-0000',
  JWT_SECRET: 'bench-jwt-secret-000000000',
  ENCRYPTION_KEY: 'bench-encryption-key-0000',
  SITE_RELAY_SECRET: 'bench-site-relay-secret-0',
};
export const BENCH_PASSWORD = 'bench-password-2026';

export function benchEnv(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SIGOBITO_ENV_FILE: '/nonexistent/.env',
    CRON_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    SIGOBITO_SEED_IF_EMPTY: 'true',
    DEMO_PASSWORD: BENCH_PASSWORD,
    ...BENCH_SECRETS,
    ...overrides,
  };
}
