import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { getEnv, objectStorage } from '@sigobito/config';
import { createObjectStore, keyOfUrl, type ObjectStore } from './object-store';

export type UploadContent = { bytes: Buffer; mime: string; name: string };

const FILE_UID = 'plugin::upload.file';

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

async function streamBytes(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * The bytes of an uploaded file, by its upload id, wherever the CMS keeps them: under
 * CMS_PUBLIC_DIR/uploads, or in the private bucket when S3_BUCKET is set (the same key either
 * way: object-store.ts). Null when there is no such upload or its file is gone.
 */
export async function readUpload(strapi: Core.Strapi, fileId: number): Promise<UploadContent | null> {
  const file = (await strapi.db.query(FILE_UID).findOne({ where: { id: fileId }, select: ['url', 'mime', 'name'] })) as { url: string | null; mime: string | null; name: string | null } | null;
  const key = file?.url ? keyOfUrl(file.url) : null;
  if (!file || !key) return null;
  const meta = { mime: file.mime ?? 'application/octet-stream', name: file.name ?? key.slice(key.lastIndexOf('/') + 1) };
  const store = bucketStore();
  if (store) {
    const found = await store.get(key);
    return found ? { bytes: await streamBytes(found.body), ...meta } : null;
  }
  try {
    return { bytes: await fs.readFile(path.join(strapi.dirs.static.public, key)), ...meta };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
