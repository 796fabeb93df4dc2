import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

/** The repository root: `config/dist/env.js` and `config/src/env.ts` both sit two levels below it. */
export const repoRoot = path.resolve(__dirname, '..', '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const secret = z.string().min(16, 'must be at least 16 characters');
/** How many reverse proxies stand in front: `true` (the former boolean) means one. */
const proxyHops = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => /^(true|false|yes|no|\d{1,2})$/.test(v), 'must be the number of reverse proxies in front (0, 1, 2…), or true (= 1) / false (= 0)')
  .transform((v) => (v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v)))
  .pipe(z.number().int().min(0).max(10, 'at most 10 proxies'));
/** Comma-separated web origins (scheme://host[:port]); `null` and other schemes are refused. */
const origins = z
  .string()
  .transform((v, ctx) => {
    const list: string[] = [];
    for (const item of v.split(',').map((s) => s.trim()).filter(Boolean)) {
      const origin = webOrigin(item);
      if (!origin) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${item}" is not an http(s) origin such as https://transparencia.municipio.example` });
      else list.push(origin);
    }
    return list;
  });

/** Pure: the origin of an http(s) address without path, query or credentials, or null. */
export function webOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url.origin;
}

/** An http(s) address without query or credentials, kept without its trailing slash. */
const apiBase = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//i.test(v) && !/[?#@]/.test(v), 'must be an http(s) address such as https://api.x.com')
  .transform((v) => v.replace(/\/+$/, ''));

/** Credentials that only work together: all of a group, or none of it. */
const CREDENTIAL_GROUPS = [
  { names: ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET'], what: 'publishing to X' },
  { names: ['FACEBOOK_PAGE_ID', 'FACEBOOK_PAGE_TOKEN'], what: 'publishing to a Facebook Page' },
] as const;

/**
 * Every environment variable SIGOBito reads, in one place. `.env.example` documents them.
 * Secrets have no default: `npm start` writes random ones into `.env` outside production.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Address the CMS listens on (default: 127.0.0.1 in production, behind the proxy; else 0.0.0.0). */
    HOST: z.string().min(1).optional(),
    PORT: port.default(1337),
    PUBLIC_PORT: port.default(4321),
    /** Seconds the public site serves what the CMS publishes without asking again (default and use: public-site/src/lib/swr.ts). */
    PUBLIC_CACHE_FRESH_SECONDS: z.coerce.number().int().min(0).max(999_999).optional(),
    /** Seconds after that it still serves it at once while one refresh runs. */
    PUBLIC_CACHE_STALE_SECONDS: z.coerce.number().int().min(0).max(999_999).optional(),
    /** Address the public site listens on (same default as HOST). */
    PUBLIC_HOST: z.string().min(1).optional(),
    PUBLIC_URL: z.string().url().optional(),
    CMS_URL: z.string().url().optional(),
    PUBLIC_SITE_URL: z.string().url().optional(),
    APP_KEYS: z
      .string()
      .min(1)
      .refine((v) => v.split(',').every((k) => k.trim().length >= 16), 'must be a comma-separated list of keys of at least 16 characters'),
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    JWT_SECRET: secret,
    ENCRYPTION_KEY: secret,
    /**
     * Reverse proxies in front of the CMS and the public site (default: 1 in production, else 0).
     * The client address is the X-Forwarded-For entry that many hops back, so a client cannot
     * choose its own (rate limits). Use `trustedProxyHops(env)`.
     */
    TRUST_PROXY: proxyHops.optional(),
    /** Signs the visitor's address the public site passes to the CMS (shared by both). */
    SITE_RELAY_SECRET: secret,
    /** Other origins whose pages may call the CMS API from a browser (besides CMS_URL and PUBLIC_SITE_URL). */
    CORS_ORIGINS: origins.optional(),
    /** Logins allowed per minute from one address (a whole office may share one address). */
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
    /** The longest a back-office session (and a bearer token) lasts, however active the person is. */
    SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(10),
    /** Minutes without a request after which a back-office browser session ends (sliding). */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    DATABASE_CLIENT: z.enum(['sqlite', 'mysql']).default('sqlite'),
    DATABASE_FILENAME: z.string().min(1).default('data/sigobito.db'),
    DATABASE_HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_PORT: port.default(3306),
    DATABASE_NAME: z.string().min(1).default('sigobito'),
    DATABASE_USERNAME: z.string().min(1).default('sigobito'),
    DATABASE_PASSWORD: z.string().default(''),
    DATABASE_SSL: bool.default('false'),
    DATABASE_SSL_REJECT_UNAUTHORIZED: bool.default('true'),
    DATABASE_SSL_CA: z.string().optional(),
    DATABASE_POOL_MIN: z.coerce.number().int().min(0).default(0),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
    /**
     * Requests the CMS works on at once (default: DATABASE_POOL_MAX on MariaDB/MySQL, 4 on
     * SQLite). Past it a request waits in a short queue, then gets a 503 with Retry-After.
     * Use `overloadLimits(env)`.
     */
    MAX_INFLIGHT: z.coerce.number().int().min(1).max(1000).optional(),
    /** Requests that may wait for a free place; past it the answer is at once a 503. */
    MAX_QUEUED: z.coerce.number().int().min(0).max(10_000).default(200),
    /**
     * The longest a request waits for its turn before its 503 (milliseconds): in that queue, or
     * behind a busy event loop (SQLite's driver is synchronous: a request runs without a break).
     */
    MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(500),
    /** Strapi's own admin is not part of SIGOBito: it cannot be turned on (issue 7). */
    SERVE_ADMIN_PANEL: z
      .enum(['false', '0', 'no'], { errorMap: () => ({ message: "Strapi's admin panel is not part of SIGOBito and cannot be enabled: remove this variable" }) })
      .optional(),
    SERVE_BACKOFFICE: bool.default('true'),
    CRON_ENABLED: bool.default('true'),
    /**
     * Tests only: every scheduled job runs every this many seconds instead of on its schedule
     * (the two-process test watches many ticks in a minute). Refused in production.
     */
    CRON_EVERY_SECONDS: z.coerce.number().int().min(1).max(59).optional(),
    /**
     * Redis shared by every CMS process (redis://[:password@]host:6379[/db] or rediss://): the
     * login and public form limits are counted there, so N processes allow what one does.
     * Without it each process counts on its own (one process: nothing is lost).
     */
    REDIS_URL: z
      .string()
      .url()
      .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// address, such as redis://127.0.0.1:6379')
      .optional(),
    /** Prefix of every key SIGOBito writes to Redis (one Redis may serve several installs). */
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - only (up to 64)')
      .default('sigobito:'),
    /** Seed the demo municipality into an empty database at start (default: outside production). */
    SEED_DEMO: bool.optional(),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('sigobito-demo-2026'),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: bool.default('false'),
    SMTP_IGNORE_TLS: bool.default('false'),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().min(3).default('SIGOBito <no-reply@sigobito.local>'),
    LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
    /** Folder the CMS serves static files from; uploaded files are kept in its uploads/ subfolder. */
    CMS_PUBLIC_DIR: z.string().min(1).default('cms/public'),
    /** Where `npm run backup` writes its dated folders (relative to the repository root). */
    BACKUP_DIR: z.string().min(1).default('backups'),
    /**
     * Uploaded files in an S3-compatible store (a private bucket) instead of CMS_PUBLIC_DIR/uploads:
     * set S3_BUCKET and the keys; S3_ENDPOINT for anything but AWS (MinIO, Garage, Ceph, a
     * provider's S3 service). Use `objectStorage(env)`.
     */
    S3_ENDPOINT: z
      .string()
      .url()
      .refine((v) => /^https?:\/\//i.test(v), 'must be an http(s) address such as https://s3.municipio.example')
      .optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3 to 63 lower-case letters, digits, dots or hyphens')
      .optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Addresses as <endpoint>/<bucket>/<key> (MinIO and most self-hosted stores) instead of <bucket>.<endpoint>/<key>. */
    S3_FORCE_PATH_STYLE: bool.default('false'),
    /**
     * Publishing to X (Comunicación): an X developer app's OAuth 1.0a keys and the publishing
     * account's user tokens, all four or none. Without them X is "no configurado": its pieces wait.
     */
    X_API_KEY: z.string().min(1).optional(),
    X_API_SECRET: z.string().min(1).optional(),
    X_ACCESS_TOKEN: z.string().min(1).optional(),
    X_ACCESS_SECRET: z.string().min(1).optional(),
    /** X's API address; tests point it at a local server. */
    X_API_URL: apiBase.default('https://api.x.com'),
    /** Publishing to a Facebook Page: its id and a Page token with pages_manage_posts, both or none. */
    FACEBOOK_PAGE_ID: z
      .string()
      .regex(/^\d{1,32}$/, "must be the Page's numeric id")
      .optional(),
    FACEBOOK_PAGE_TOKEN: z.string().min(1).optional(),
    /** The Graph API's address; tests point it at a local server. */
    FACEBOOK_GRAPH_URL: apiBase.default('https://graph.facebook.com'),
    FACEBOOK_GRAPH_VERSION: z
      .string()
      .regex(/^v\d{1,3}\.\d{1,2}$/, 'must be a Graph API version such as v25.0')
      .default('v25.0'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.DATABASE_CLIENT === 'mysql' && !env.DATABASE_PASSWORD) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['DATABASE_PASSWORD'], message: 'is required in production with DATABASE_CLIENT=mysql' });
    }
    if (env.NODE_ENV === 'production' && env.CRON_EVERY_SECONDS !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['CRON_EVERY_SECONDS'], message: 'is for tests only: remove it in production' });
    }
    const s3Set = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => env[name] !== undefined);
    if (!env.S3_BUCKET && s3Set.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['S3_BUCKET'], message: `is required when ${s3Set.join(', ')} ${s3Set.length > 1 ? 'are' : 'is'} set (uploaded files in an S3-compatible store)` });
    }
    for (const group of CREDENTIAL_GROUPS) {
      const given = group.names.filter((name) => env[name] !== undefined);
      if (given.length && given.length < group.names.length) {
        for (const name of group.names.filter((n) => env[n] === undefined)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: `is required with ${given.join(', ')} (${group.what}: set all of ${group.names.join(', ')}, or none)` });
        }
      }
    }
    if (env.S3_BUCKET) {
      for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[name]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: 'is required with S3_BUCKET' });
      }
    }
  })
  .transform((env) => ({ ...env, HOST: env.HOST ?? defaultHost(env.NODE_ENV), PUBLIC_HOST: env.PUBLIC_HOST ?? defaultHost(env.NODE_ENV) }));

/**
 * Pure: where the CMS and the public site listen unless HOST / PUBLIC_HOST say otherwise: in
 * production only this machine (the reverse proxy in front is the one reachable), elsewhere
 * every interface (a colleague can try the demo from another computer).
 */
export function defaultHost(nodeEnv: string | undefined): string {
  return nodeEnv === 'production' ? '127.0.0.1' : '0.0.0.0';
}

export type Env = z.infer<typeof envSchema>;

/** Pure: how many reverse proxies to trust (TRUST_PROXY, else 1 in production and 0 elsewhere). */
export const trustedProxyHops = (env: Pick<Env, 'TRUST_PROXY' | 'NODE_ENV'>): number => env.TRUST_PROXY ?? (env.NODE_ENV === 'production' ? 1 : 0);

export type OverloadLimits = { maxInflight: number; maxQueued: number; maxWaitMs: number };

/**
 * Pure: how much work the CMS takes on at once. On MariaDB/MySQL one request at a time per pooled
 * connection: more would only wait for a connection. SQLite has one connection and a synchronous
 * driver, so a few requests at once keep it busy while the others' JavaScript runs.
 */
export function overloadLimits(env: Pick<Env, 'MAX_INFLIGHT' | 'MAX_QUEUED' | 'MAX_QUEUE_WAIT_MS' | 'DATABASE_CLIENT' | 'DATABASE_POOL_MAX'>): OverloadLimits {
  const maxInflight = env.MAX_INFLIGHT ?? (env.DATABASE_CLIENT === 'mysql' ? env.DATABASE_POOL_MAX : 4);
  return { maxInflight, maxQueued: env.MAX_QUEUED, maxWaitMs: env.MAX_QUEUE_WAIT_MS };
}

export type ObjectStorage = {
  bucket: string;
  /** Absent: AWS S3 itself, at the region's address. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

/** Pure: where uploaded files are kept when not on the CMS's disk (S3_BUCKET set), else null. */
export function objectStorage(env: Pick<Env, 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>): ObjectStorage | null {
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) return null;
  return {
    bucket: env.S3_BUCKET,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

export type XCredentials = { appKey: string; appSecret: string; accessToken: string; accessSecret: string; apiUrl: string };

/** Pure: the keys X publishing signs with (OAuth 1.0a user context), or null while X is not configured. */
export function xCredentials(env: Pick<Env, 'X_API_KEY' | 'X_API_SECRET' | 'X_ACCESS_TOKEN' | 'X_ACCESS_SECRET' | 'X_API_URL'>): XCredentials | null {
  if (!env.X_API_KEY || !env.X_API_SECRET || !env.X_ACCESS_TOKEN || !env.X_ACCESS_SECRET) return null;
  return { appKey: env.X_API_KEY, appSecret: env.X_API_SECRET, accessToken: env.X_ACCESS_TOKEN, accessSecret: env.X_ACCESS_SECRET, apiUrl: env.X_API_URL };
}

export type FacebookPage = { pageId: string; token: string; graphUrl: string; version: string };

/** Pure: the Page Facebook publishing posts to, or null while Facebook is not configured. */
export function facebookPage(env: Pick<Env, 'FACEBOOK_PAGE_ID' | 'FACEBOOK_PAGE_TOKEN' | 'FACEBOOK_GRAPH_URL' | 'FACEBOOK_GRAPH_VERSION'>): FacebookPage | null {
  if (!env.FACEBOOK_PAGE_ID || !env.FACEBOOK_PAGE_TOKEN) return null;
  return { pageId: env.FACEBOOK_PAGE_ID, token: env.FACEBOOK_PAGE_TOKEN, graphUrl: env.FACEBOOK_GRAPH_URL, version: env.FACEBOOK_GRAPH_VERSION };
}

/** Pure: the browser origins allowed to call the CMS API with CORS: its own, the public site's, CORS_ORIGINS. */
export function corsOrigins(env: Pick<Env, 'CMS_URL' | 'PUBLIC_SITE_URL' | 'CORS_ORIGINS'>): string[] {
  const all = [env.CMS_URL, env.PUBLIC_SITE_URL].map((u) => (u ? new URL(u).origin : null)).concat(env.CORS_ORIGINS ?? []);
  return [...new Set(all.filter((o): o is string => !!o && o !== 'null'))];
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'EnvError';
  }
}

/** Pure: parses a bag of variables, or throws an EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string means "not set" (an empty DATABASE_FILENAME= would otherwise break SQLite).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** Loads `<repo>/.env` (never overriding the real environment) and validates once per process. */
export function getEnv(): Env {
  if (!cached) {
    const file = process.env.SIGOBITO_ENV_FILE ?? path.join(repoRoot, '.env');
    if (fs.existsSync(file)) dotenv.config({ path: file, override: false, quiet: true } as dotenv.DotenvConfigOptions);
    cached = parseEnv(process.env);
  }
  return cached;
}

/** For tests that change the environment between Strapi instances. */
export function resetEnvCache(): void {
  cached = undefined;
}

export const SECRET_VARIABLES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'SITE_RELAY_SECRET'] as const;
