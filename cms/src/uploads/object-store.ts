import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { ObjectStorage } from '@sigobito/config';

/**
 * Uploaded files in an S3-compatible bucket (S3_BUCKET), kept private: nothing here sets an
 * ACL or a policy, so the bucket's default — no anonymous access — holds. A file's key is its
 * address without the leading slash (`/uploads/acta_1a2b.png` ↔ `uploads/acta_1a2b.png`), so the
 * addresses stored in the database are the same on disk and in a bucket, and a backup of either
 * has the same layout.
 */
export const KEY_PREFIX = 'uploads/';

/** Pure: the key of a file served at `urlPath` (`/uploads/<one name>`), or null for anything else. */
export function keyOfUrl(urlPath: string): string | null {
  if (!urlPath.startsWith(`/${KEY_PREFIX}`)) return null;
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice(KEY_PREFIX.length + 1));
  } catch {
    return null;
  }
  // Strapi names files `<slug>_<random><.ext>`: one segment, never hidden, nothing to escape.
  if (!name || name.includes('/') || name.includes('\\') || name.startsWith('.') || /[\p{C}]/u.test(name)) return null;
  return `${KEY_PREFIX}${name}`;
}

export type StoredObject = { body: Readable; size: number; lastModified?: Date; etag?: string };

export type ObjectStore = {
  bucket: string;
  /** Writes a file (a stream of unknown length is sent in parts). */
  put: (key: string, body: Readable | Buffer, contentType?: string) => Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get: (key: string) => Promise<StoredObject | null>;
  remove: (key: string) => Promise<void>;
  /** Every key under `prefix`, sorted. */
  list: (prefix?: string) => Promise<string[]>;
};

const missing = (e: unknown) => e instanceof S3ServiceException && (e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404);

export function createObjectStore(settings: ObjectStorage): ObjectStore {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only when the operation requires them: several S3-compatible stores refuse the
    // newer default ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    bucket: Bucket,
    async put(key, body, contentType) {
      await new Upload({ client, params: { Bucket, Key: key, Body: body, ...(contentType ? { ContentType: contentType } : {}) } }).done();
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return { body: answer.Body as Readable, size: answer.ContentLength ?? 0, lastModified: answer.LastModified, etag: answer.ETag };
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async list(prefix = KEY_PREFIX) {
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return keys.sort();
    },
  };
}
