import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { getEnv, objectStorage } from '@sigobito/config';
import { createObjectStore, keyOfUrl, type ObjectStore, type StoredObject } from './object-store';

/*
 * Reading an uploaded file from the CMS itself, wherever it is kept: the private bucket when
 * S3_BUCKET is set, CMS_PUBLIC_DIR/uploads otherwise (the same key either way: object-store.ts).
 * For the code that decides itself who may have a file (the public API's news images) or sends
 * it elsewhere (a social post's images), never through the signed `/uploads/` address.
 */

let bucket: ObjectStore | null | undefined;
function bucketStore(): ObjectStore | null {
  if (bucket === undefined) {
    const settings = objectStorage(getEnv());
    bucket = settings ? createObjectStore(settings) : null;
  }
  return bucket;
}

/** For tests that move uploads between disk and a bucket between Strapi instances. */
export function resetUploadStore(): void {
  bucket = undefined;
}

/** A stored upload (`/uploads/<name>`) as a stream, or null when there is no such file. */
export async function openUpload(strapi: Core.Strapi, url: string): Promise<StoredObject | null> {
  const key = keyOfUrl(url.split('?')[0]);
  if (!key) return null;
  const store = bucketStore();
  if (store) return store.get(key);
  const file = path.join(strapi.dirs.static.public, key);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  return { body: fs.createReadStream(file), size: stat.size, lastModified: stat.mtime };
}

export type UploadContent = { bytes: Buffer; mime: string; name: string };

async function streamBytes(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** An upload's bytes with its type and name, by its upload id; null when there is no such upload or its file is gone. */
export async function readUpload(strapi: Core.Strapi, fileId: number): Promise<UploadContent | null> {
  const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId }, select: ['url', 'mime', 'name'] })) as { url: string | null; mime: string | null; name: string | null } | null;
  const stored = file?.url ? await openUpload(strapi, file.url) : null;
  if (!file || !stored) return null;
  return { bytes: await streamBytes(stored.body), mime: file.mime ?? 'application/octet-stream', name: file.name ?? path.basename(file.url ?? 'imagen') };
}
