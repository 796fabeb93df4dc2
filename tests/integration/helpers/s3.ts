import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

// s3rver ships no types.
const S3rver = require('@20minutes/s3rver') as new (options: Record<string, unknown>) => S3rverApp;
const { DUMMY_ACCOUNT } = require('@20minutes/s3rver/lib/models/account') as { DUMMY_ACCOUNT: { createKeyPair: (id: string, secret: string) => void; revokeAccessKey: (id: string) => void } };

type KoaCtx = { method: string; path: string; query: Record<string, unknown>; headers: Record<string, string | string[] | undefined>; status: number; type: string; body: unknown };
type S3rverApp = {
  middleware: Array<(ctx: KoaCtx, next: () => Promise<void>) => Promise<void> | void>;
  run: () => Promise<AddressInfo>;
  close: () => Promise<void>;
  httpServer?: { closeAllConnections: () => void };
};

export type S3Server = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The S3_* variables that point SIGOBito at this server. */
  env: Record<string, string>;
  /** A bucket's public address for a key, as someone without the keys would try it. */
  objectUrl: (key: string, bucket?: string) => string;
  stop: () => Promise<void>;
};

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write']);

const hmac = (key: crypto.BinaryLike, text: string) => crypto.createHmac('sha256', key).update(text).digest();
const rfc3986 = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Whether a header-signed (SigV4) request is signed with these keys, for the URI as sent. s3rver
 * drops the trailing slash the AWS SDK v3 signs on bucket-level requests (`GET /bucket/?list-type=2`)
 * and then refuses every good signature; those few requests are checked here instead.
 */
function signedWith(ctx: KoaCtx, rawPath: string, secretAccessKey: string, accessKeyId: string): boolean {
  const header = (name: string) => String(ctx.headers[name] ?? '');
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(header('authorization'));
  if (!auth || auth[1] !== accessKeyId) return false;
  const [, , day, region, signedHeaders, signature] = auth;
  const query = Object.entries(ctx.query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${rfc3986(k)}=${rfc3986(String(x ?? ''))}`))
    .sort()
    .join('&');
  const names = signedHeaders.split(';');
  const canonical = [ctx.method, rawPath, query, ...names.map((n) => `${n}:${header(n).trim().replace(/\s+/g, ' ')}`), '', signedHeaders, header('x-amz-content-sha256')].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', header('x-amz-date'), scope, crypto.createHash('sha256').update(canonical).digest('hex')].join('\n');
  const key = ['s3', 'aws4_request'].reduce((k, part) => hmac(k, part), hmac(hmac(`AWS4${secretAccessKey}`, day), region));
  const expected = hmac(key, toSign).toString('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
const DENIED = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';

/**
 * A local S3-compatible server (s3rver) on 127.0.0.1 and a random port, with its own keys and
 * a folder of its own, and buckets that behave like a real store's by default: private.
 * s3rver checks every signature but answers anonymous requests as if everything were public,
 * so a layer in front refuses a request without credentials (403 AccessDenied, as AWS S3, MinIO
 * or Garage do) unless what it asks for was made public the way S3 allows — a public canned ACL
 * (`x-amz-acl: public-read`) on the object or the bucket, or any bucket policy. A provider that
 * made files public (Strapi's own aws-s3 provider sets `public-read` by default) fails the tests.
 */
export async function startS3(buckets: string[] = ['sigobito-test']): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sigobito-s3-'));
  const accessKeyId = `TEST${crypto.randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = crypto.randomBytes(24).toString('base64url');
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);

  const publicObjects = new Set<string>();
  const publicBuckets = new Set<string>();
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, vhostBuckets: false, configureBuckets: buckets.map((name) => ({ name })) });
  server.middleware.unshift(async (ctx, next) => {
    const [bucket = '', ...rest] = ctx.path.replace(/^\//, '').split('/');
    const key = rest.map((s) => decodeURIComponent(s)).join('/');
    const header = (name: string) => {
      const v = ctx.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const signed = !!header('authorization') || 'X-Amz-Algorithm' in ctx.query || 'Signature' in ctx.query;
    if (signed && !key && ctx.path.endsWith('/') && header('authorization')) {
      if (!signedWith(ctx, ctx.path, secretAccessKey, accessKeyId)) {
        ctx.status = 403;
        ctx.type = 'application/xml';
        ctx.body = DENIED.replace('AccessDenied', 'SignatureDoesNotMatch');
        return;
      }
      // Checked: s3rver (which lets unsigned requests through) answers it.
      delete ctx.headers.authorization;
      return next();
    }
    if (!signed) {
      const readable = (ctx.method === 'GET' || ctx.method === 'HEAD') && key && (publicObjects.has(`${bucket}/${key}`) || publicBuckets.has(bucket));
      if (!readable) {
        ctx.status = 403;
        ctx.type = 'application/xml';
        ctx.body = DENIED;
        return;
      }
      return next();
    }
    await next();
    if (ctx.status >= 300) return;
    const acl = header('x-amz-acl');
    if ((ctx.method === 'PUT' || ctx.method === 'POST') && acl) {
      const set = key ? publicObjects : publicBuckets;
      const id = key ? `${bucket}/${key}` : bucket;
      if (PUBLIC_ACLS.has(acl)) set.add(id);
      else set.delete(id);
    }
    if (ctx.method === 'PUT' && !key && 'policy' in ctx.query) publicBuckets.add(bucket);
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const bucket = buckets[0];
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey, S3_FORCE_PATH_STYLE: 'true' },
    objectUrl: (key, b = bucket) => `${endpoint}/${b}/${key.split('/').map(encodeURIComponent).join('/')}`,
    stop: async () => {
      // Clients keep connections alive; the server would wait for them.
      const closed = server.close();
      server.httpServer?.closeAllConnections();
      await closed;
      DUMMY_ACCOUNT.revokeAccessKey(accessKeyId);
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
