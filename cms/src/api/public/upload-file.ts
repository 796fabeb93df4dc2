import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { getEnv, objectStorage } from '@sigobito/config';
import { createObjectStore, keyOfUrl, type ObjectStore, type StoredObject } from '../../uploads/object-store';

let bucket: ObjectStore | null | undefined;

/**
 * The bytes of a stored upload (`/uploads/<name>`), wherever it is kept: the private bucket
 * when S3_BUCKET is set, CMS_PUBLIC_DIR/uploads otherwise. For the public API, which decides
 * itself who may have a file (a public news item's images) and serves it from its own address,
 * never at the signed `/uploads/` one.
 */
export async function openUpload(strapi: Core.Strapi, url: string): Promise<StoredObject | null> {
  const key = keyOfUrl(url.split('?')[0]);
  if (!key) return null;
  if (bucket === undefined) {
    const settings = objectStorage(getEnv());
    bucket = settings ? createObjectStore(settings) : null;
  }
  if (bucket) return bucket.get(key);
  const file = path.join(strapi.dirs.static.public, key);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  return { body: fs.createReadStream(file), size: stat.size, lastModified: stat.mtime };
}
