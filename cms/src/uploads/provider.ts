import type { Readable } from 'node:stream';
import type { ObjectStorage } from '@sigobito/config';
import { createObjectStore, KEY_PREFIX } from './object-store';

/**
 * Strapi's upload provider for an S3-compatible bucket (cms/config/plugins.ts names it when
 * S3_BUCKET is set). Strapi's own `@strapi/provider-upload-aws-s3` is not served at 5.54.0, the
 * version every @strapi package is pinned to, and it would store public bucket addresses; this
 * one stores the same `/uploads/<hash><ext>` address as the local provider, and the CMS serves
 * it at a signed address (middlewares/signed-uploads.ts), reading the private bucket.
 */
type ProviderFile = { hash: string; ext?: string; mime?: string; url?: string; stream?: Readable; buffer?: Buffer };

const nameOf = (file: ProviderFile) => `${file.hash}${file.ext ?? ''}`;

export function init(settings: ObjectStorage) {
  const store = createObjectStore(settings);
  const put = async (file: ProviderFile, body: Readable | Buffer | undefined) => {
    if (!body) throw new Error('Missing file content');
    await store.put(`${KEY_PREFIX}${nameOf(file)}`, body, file.mime);
    file.url = `/${KEY_PREFIX}${nameOf(file)}`;
  };
  return {
    uploadStream: (file: ProviderFile) => put(file, file.stream),
    upload: (file: ProviderFile) => put(file, file.buffer),
    // A replacement keeps the address when hash and extension are the same: writing over it is enough.
    async replaceStream(file: ProviderFile, old: ProviderFile) {
      await put(file, file.stream);
      if (nameOf(old) !== nameOf(file)) await store.remove(`${KEY_PREFIX}${nameOf(old)}`);
    },
    delete: (file: ProviderFile) => store.remove(`${KEY_PREFIX}${nameOf(file)}`),
  };
}
