import { corsOrigins, EnvError, facebookPage, objectStorage, overloadLimits, parseEnv, trustedProxyHops, xCredentials } from './env';

const secrets = {
  APP_KEYS: 'aaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'x'.repeat(16),
  ADMIN_JWT_SECRET: 'x'.repeat(16),
  TRANSFER_TOKEN_SALT: 'x'.repeat(16),
  JWT_SECRET: 'x'.repeat(16),
  ENCRYPTION_KEY: 'x'.repeat(16),
  SITE_RELAY_SECRET: 'x'.repeat(16),
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

  it('takes a Redis address, and refuses one that is not redis:// or rediss://', () => {
    expect(parseEnv({ ...secrets, REDIS_URL: 'redis://:pw@10.0.0.5:6379/2' })).toMatchObject({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2', REDIS_PREFIX: 'sigobito:' });
    expect(parseEnv({ ...secrets }).REDIS_URL).toBeUndefined();
    expect(problems({ ...secrets, REDIS_URL: 'http://10.0.0.5:6379' })).toEqual([expect.stringMatching(/^REDIS_URL: must be a redis:\/\//)]);
    expect(problems({ ...secrets, REDIS_PREFIX: 'a b' })).toEqual([expect.stringMatching(/^REDIS_PREFIX: /)]);
  });

  it('refuses the tests-only fast cron ticks in production', () => {
    expect(parseEnv({ ...secrets, CRON_EVERY_SECONDS: '2' }).CRON_EVERY_SECONDS).toBe(2);
    expect(problems({ ...secrets, NODE_ENV: 'production', DATABASE_PASSWORD: 'x', CRON_EVERY_SECONDS: '2' })).toEqual(['CRON_EVERY_SECONDS: is for tests only: remove it in production']);
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

describe('the addresses the CMS and the public site listen on (HOST, PUBLIC_HOST)', () => {
  it('are only this machine in production, so nothing but the reverse proxy reaches them', () => {
    expect(parseEnv({ ...secrets, NODE_ENV: 'production' })).toMatchObject({ HOST: '127.0.0.1', PUBLIC_HOST: '127.0.0.1' });
  });

  it('are every interface outside production', () => {
    expect(parseEnv(secrets)).toMatchObject({ HOST: '0.0.0.0', PUBLIC_HOST: '0.0.0.0' });
    expect(parseEnv({ ...secrets, NODE_ENV: 'test' })).toMatchObject({ HOST: '0.0.0.0', PUBLIC_HOST: '0.0.0.0' });
  });

  it('are what HOST and PUBLIC_HOST say when they are set, in production too', () => {
    expect(parseEnv({ ...secrets, NODE_ENV: 'production', HOST: '10.0.0.5', PUBLIC_HOST: '0.0.0.0' })).toMatchObject({ HOST: '10.0.0.5', PUBLIC_HOST: '0.0.0.0' });
    expect(parseEnv({ ...secrets, HOST: '127.0.0.1' })).toMatchObject({ HOST: '127.0.0.1', PUBLIC_HOST: '0.0.0.0' });
  });

  it('fall back to the default when set empty', () => {
    expect(parseEnv({ ...secrets, NODE_ENV: 'production', HOST: '' }).HOST).toBe('127.0.0.1');
  });
});

describe('the proxies to trust (TRUST_PROXY)', () => {
  const hops = (vars: Record<string, string>) => trustedProxyHops(parseEnv({ ...secrets, ...vars }));

  it('is a number of hops, with true meaning one proxy and false none', () => {
    expect(hops({ TRUST_PROXY: '2' })).toBe(2);
    expect(hops({ TRUST_PROXY: 'true' })).toBe(1);
    expect(hops({ TRUST_PROXY: 'false' })).toBe(0);
    expect(hops({ TRUST_PROXY: '0' })).toBe(0);
  });

  it('defaults to one proxy in production and none elsewhere', () => {
    expect(hops({ NODE_ENV: 'production' })).toBe(1);
    expect(hops({ NODE_ENV: 'production', TRUST_PROXY: '0' })).toBe(0);
    expect(hops({})).toBe(0);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['-1', 'maybe', '1.5', '99']) expect(problems({ ...secrets, TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY: /)]);
  });
});

describe('the work the CMS takes on at once (MAX_INFLIGHT, MAX_QUEUED, MAX_QUEUE_WAIT_MS)', () => {
  const limits = (vars: Record<string, string>) => overloadLimits(parseEnv({ ...secrets, ...vars }));

  it('works on as many requests as the pool has connections on MariaDB, 4 on SQLite', () => {
    expect(limits({ DATABASE_CLIENT: 'mysql' })).toEqual({ maxInflight: 10, maxQueued: 200, maxWaitMs: 500 });
    expect(limits({ DATABASE_CLIENT: 'mysql', DATABASE_POOL_MAX: '25' }).maxInflight).toBe(25);
    expect(limits({}).maxInflight).toBe(4);
  });

  it('takes the configured numbers, a queue of none included', () => {
    expect(limits({ MAX_INFLIGHT: '1', MAX_QUEUED: '0', MAX_QUEUE_WAIT_MS: '0' })).toEqual({ maxInflight: 1, maxQueued: 0, maxWaitMs: 0 });
  });

  it('refuses no work at all, and a wait longer than half a minute', () => {
    expect(problems({ ...secrets, MAX_INFLIGHT: '0' })).toEqual([expect.stringMatching(/^MAX_INFLIGHT: /)]);
    expect(problems({ ...secrets, MAX_QUEUE_WAIT_MS: '30001' })).toEqual([expect.stringMatching(/^MAX_QUEUE_WAIT_MS: /)]);
    expect(problems({ ...secrets, MAX_QUEUED: '-1' })).toEqual([expect.stringMatching(/^MAX_QUEUED: /)]);
  });
});

describe('the origins allowed by CORS', () => {
  it("are the CMS's and the public site's origins and CORS_ORIGINS, without paths", () => {
    const env = parseEnv({ ...secrets, CMS_URL: 'https://gestion.example/', PUBLIC_SITE_URL: 'https://transparencia.example', CORS_ORIGINS: 'https://otro.example, http://localhost:5173' });
    expect(corsOrigins(env)).toEqual(['https://gestion.example', 'https://transparencia.example', 'https://otro.example', 'http://localhost:5173']);
    expect(corsOrigins(parseEnv(secrets))).toEqual([]);
  });

  it('never include null, other schemes or addresses with a path', () => {
    for (const bad of ['null', 'file:///etc', 'https://a.example/x', 'javascript:alert(1)', '*']) {
      expect(problems({ ...secrets, CORS_ORIGINS: bad })).toEqual([expect.stringMatching(/^CORS_ORIGINS: /)]);
    }
    expect(corsOrigins(parseEnv({ ...secrets, CMS_URL: 'data:text/plain,x' }))).toEqual([]);
  });
});

describe("Strapi's admin panel (SERVE_ADMIN_PANEL)", () => {
  it('cannot be turned on', () => {
    expect(problems({ ...secrets, SERVE_ADMIN_PANEL: 'true' })).toEqual([expect.stringMatching(/^SERVE_ADMIN_PANEL: .*cannot be enabled/)]);
    expect(() => parseEnv({ ...secrets, SERVE_ADMIN_PANEL: 'false' })).not.toThrow();
  });
});

describe('uploaded files in an S3-compatible store (S3_*)', () => {
  const s3 = { S3_BUCKET: 'sigobito-archivos', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-key-example' };

  it('is off by default: files stay on the CMS disk', () => {
    expect(objectStorage(parseEnv(secrets))).toBeNull();
  });

  it('reads the bucket, the keys, the endpoint and the path style of a self-hosted store', () => {
    const env = parseEnv({ ...secrets, ...s3, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true', S3_REGION: 'eu-south-2' });
    expect(objectStorage(env)).toEqual({
      bucket: 'sigobito-archivos',
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-south-2',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-key-example',
      forcePathStyle: true,
    });
  });

  it("defaults to AWS's own address in us-east-1, with virtual-host addresses", () => {
    expect(objectStorage(parseEnv({ ...secrets, ...s3 }))).toEqual({ bucket: 'sigobito-archivos', region: 'us-east-1', accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret-key-example', forcePathStyle: false });
  });

  it('requires both keys with a bucket', () => {
    expect(problems({ ...secrets, S3_BUCKET: 'sigobito-archivos' })).toEqual(['S3_ACCESS_KEY_ID: is required with S3_BUCKET', 'S3_SECRET_ACCESS_KEY: is required with S3_BUCKET']);
  });

  it('requires a bucket when an endpoint or keys are set, instead of silently keeping files on disk', () => {
    expect(problems({ ...secrets, S3_ENDPOINT: 'https://s3.municipio.example', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' })).toEqual([
      'S3_BUCKET: is required when S3_ENDPOINT, S3_ACCESS_KEY_ID are set (uploaded files in an S3-compatible store)',
    ]);
  });

  it('refuses a malformed bucket name or endpoint, naming the variable', () => {
    expect(problems({ ...secrets, ...s3, S3_BUCKET: 'Archivos_Municipio' })).toEqual([expect.stringMatching(/^S3_BUCKET: must be a bucket name/)]);
    expect(problems({ ...secrets, ...s3, S3_ENDPOINT: 'ftp://s3.municipio.example' })).toEqual([expect.stringMatching(/^S3_ENDPOINT: must be an http\(s\) address/)]);
    expect(problems({ ...secrets, ...s3, S3_FORCE_PATH_STYLE: 'maybe' })).toEqual([expect.stringMatching(/^S3_FORCE_PATH_STYLE: /)]);
  });
});

describe('publishing to X and Facebook (X_*, FACEBOOK_*)', () => {
  const x = { X_API_KEY: 'app-key', X_API_SECRET: 'app-secret', X_ACCESS_TOKEN: 'user-token', X_ACCESS_SECRET: 'user-secret' };
  const fb = { FACEBOOK_PAGE_ID: '1234567890', FACEBOOK_PAGE_TOKEN: 'EAAG-page-token' };

  it('leaves both channels unconfigured by default, at the platforms\' real addresses', () => {
    const env = parseEnv(secrets);
    expect([xCredentials(env), facebookPage(env)]).toEqual([null, null]);
    expect(env).toMatchObject({ X_API_URL: 'https://api.x.com', FACEBOOK_GRAPH_URL: 'https://graph.facebook.com', FACEBOOK_GRAPH_VERSION: 'v25.0' });
  });

  it('reads the four X keys and the Page with its token, an address given without its trailing slash', () => {
    const env = parseEnv({ ...secrets, ...x, ...fb, X_API_URL: 'http://127.0.0.1:4010/', FACEBOOK_GRAPH_URL: 'http://127.0.0.1:4011', FACEBOOK_GRAPH_VERSION: 'v24.0' });
    expect(xCredentials(env)).toEqual({ appKey: 'app-key', appSecret: 'app-secret', accessToken: 'user-token', accessSecret: 'user-secret', apiUrl: 'http://127.0.0.1:4010' });
    expect(facebookPage(env)).toEqual({ pageId: '1234567890', token: 'EAAG-page-token', graphUrl: 'http://127.0.0.1:4011', version: 'v24.0' });
  });

  it('names each missing key of a half-configured channel instead of silently leaving it off', () => {
    expect(problems({ ...secrets, X_API_KEY: 'app-key', X_ACCESS_TOKEN: 'user-token' })).toEqual([
      'X_API_SECRET: is required with X_API_KEY, X_ACCESS_TOKEN (publishing to X: set all of X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET, or none)',
      'X_ACCESS_SECRET: is required with X_API_KEY, X_ACCESS_TOKEN (publishing to X: set all of X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET, or none)',
    ]);
    expect(problems({ ...secrets, FACEBOOK_PAGE_TOKEN: 'EAAG-page-token' })).toEqual([
      'FACEBOOK_PAGE_ID: is required with FACEBOOK_PAGE_TOKEN (publishing to a Facebook Page: set all of FACEBOOK_PAGE_ID, FACEBOOK_PAGE_TOKEN, or none)',
    ]);
  });

  it('refuses a Page name instead of its id, a malformed version and an address with a query', () => {
    expect(problems({ ...secrets, ...fb, FACEBOOK_PAGE_ID: 'municipio.ejemplo' })).toEqual([expect.stringMatching(/^FACEBOOK_PAGE_ID: must be the Page's numeric id/)]);
    expect(problems({ ...secrets, FACEBOOK_GRAPH_VERSION: '25' })).toEqual([expect.stringMatching(/^FACEBOOK_GRAPH_VERSION: must be a Graph API version/)]);
    expect(problems({ ...secrets, X_API_URL: 'https://api.x.com/?debug=1' })).toEqual([expect.stringMatching(/^X_API_URL: must be an http\(s\) address/)]);
    expect(problems({ ...secrets, FACEBOOK_GRAPH_URL: 'ftp://graph.facebook.com' })).toEqual([expect.stringMatching(/^FACEBOOK_GRAPH_URL: must be an http\(s\) address/)]);
  });
});
