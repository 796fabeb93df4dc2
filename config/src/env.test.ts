import { EnvError, parseEnv } from './env';

const secrets = {
  APP_KEYS: 'aaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'x'.repeat(16),
  ADMIN_JWT_SECRET: 'x'.repeat(16),
  TRANSFER_TOKEN_SALT: 'x'.repeat(16),
  JWT_SECRET: 'x'.repeat(16),
  ENCRYPTION_KEY: 'x'.repeat(16),
};

function problems(vars: Record<string, string>) {
  try {
    parseEnv(vars);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
  }
  return [];
}

describe('parseEnv', () => {
  it('fills the defaults of a zero-setup SQLite start', () => {
    expect(parseEnv(secrets)).toMatchObject({ PORT: 1337, PUBLIC_PORT: 4321, DATABASE_CLIENT: 'sqlite', DEMO_PASSWORD: 'sigobito-demo-2026', SESSION_HOURS: 10, SESSION_IDLE_MINUTES: 30 });
  });

  it('names each missing secret', () => {
    expect(problems({}).map((p) => p.split(':')[0])).toEqual(Object.keys(secrets));
  });

  it('names a malformed value and says why', () => {
    expect(problems({ ...secrets, PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problems({ ...secrets, DATABASE_CLIENT: 'oracle' })).toEqual([expect.stringMatching(/^DATABASE_CLIENT: /)]);
    expect(problems({ ...secrets, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET: must be at least 16 characters']);
    expect(problems({ ...secrets, APP_KEYS: 'aaaaaaaaaaaaaaaa,short' })).toEqual([expect.stringMatching(/^APP_KEYS: /)]);
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ ...secrets, DATABASE_FILENAME: '' }).DATABASE_FILENAME).toBe('data/sigobito.db');
  });

  it('reads MySQL settings and booleans', () => {
    const env = parseEnv({ ...secrets, DATABASE_CLIENT: 'mysql', DATABASE_PORT: '3307', DATABASE_SSL: 'true' });
    expect(env).toMatchObject({ DATABASE_CLIENT: 'mysql', DATABASE_PORT: 3307, DATABASE_SSL: true });
  });

  it('requires a database password in production with MySQL', () => {
    expect(problems({ ...secrets, NODE_ENV: 'production', DATABASE_CLIENT: 'mysql' })).toEqual([expect.stringMatching(/^DATABASE_PASSWORD: /)]);
  });
});
