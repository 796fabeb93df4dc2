import { getEnv, objectStorage } from '@sigobito/config';
import { isSignedUpload, UPLOADS_PREFIX, uploadSecret } from '../backoffice/signed-urls';
import { servedHeaders } from '../domain/files/file-types';
import { createObjectStore, keyOfUrl, type ObjectStore } from '../uploads/object-store';

type Ctx = {
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  length: number;
  lastModified: Date;
  set: (name: string, value: string) => void;
};

const plain = (ctx: Ctx, status: number, text: string) => {
  ctx.status = status;
  ctx.type = 'text/plain; charset=utf-8';
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = text;
};

/** Answers a file from the bucket; false (after a 404) when it has no such file. */
async function fromBucket(store: ObjectStore, ctx: Ctx): Promise<boolean> {
  const key = keyOfUrl(ctx.path);
  const found = key ? await store.get(key) : null;
  if (!found) {
    plain(ctx, 404, 'No existe ese archivo.');
    return false;
  }
  ctx.status = 200;
  ctx.body = found.body;
  ctx.length = found.size;
  if (found.lastModified) ctx.lastModified = found.lastModified;
  if (ctx.method === 'HEAD') found.body.destroy();
  return true;
}

/**
 * Before Strapi's static files: an uploaded file is served only at a signed address, the one
 * the back-office API gave to someone allowed to read the record it belongs to; and, whatever
 * its extension says, never as a page or a script (type from an allow-list, a download unless
 * it is an image or a PDF, nosniff, a CSP that runs nothing). Files are read from
 * CMS_PUBLIC_DIR/uploads, or from the private bucket when S3_BUCKET is set: then every CMS
 * process serves every file, whichever received it.
 */
export default () => {
  const secret = uploadSecret();
  const bucket = objectStorage(getEnv());
  const store = bucket ? createObjectStore(bucket) : null;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(UPLOADS_PREFIX)) return next();
    if (!isSignedUpload(ctx.path, ctx.query.exp, ctx.query.sig, Date.now(), secret)) {
      return plain(ctx, 403, 'Enlace vencido o no válido: abra el archivo desde el back office.');
    }
    if (store && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      if (!(await fromBucket(store, ctx))) return;
    } else await next();
    if (ctx.body === null || ctx.body === undefined) return;
    for (const [name, value] of Object.entries(servedHeaders(ctx.path))) ctx.set(name, value);
  };
};
