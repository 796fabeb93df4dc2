import fs from 'node:fs';
import path from 'node:path';
import { objectStorage, repoRoot, type Env } from '@sigobito/config';
import { createObjectStore, KEY_PREFIX } from '../../cms/src/uploads/object-store';
import { uploadsDir } from './database';
import { copyHashed, listFiles } from './manifest';
import { shownPath } from './progress';

/**
 * Where the uploaded files a backup copies, and a restore puts back, are: CMS_PUBLIC_DIR/uploads,
 * or the `uploads/` keys of the S3 bucket when S3_BUCKET is set. Names are relative to that
 * folder or prefix, so a backup has the same layout whichever the CMS used (and a backup made on
 * disk can be restored into a bucket: that is how files move to S3).
 */
export type UploadStore = {
  /** For messages: the folder, or s3://bucket/uploads/. */
  where: string;
  /** Every file, sorted, skipping dot files (the repository's .gitkeep). */
  list: () => Promise<string[]>;
  /** Copies one file into `dest`, returning the sha256 and size of what was copied. */
  copyOut: (name: string, dest: string) => Promise<{ sha256: string; size: number }>;
  /** Stores the file at `source` under `name`. */
  put: (name: string, source: string) => Promise<void>;
  remove: (name: string) => Promise<void>;
};

const visible = (name: string) => !name.split('/').some((p) => p.startsWith('.'));

function diskStore(dir: string): UploadStore {
  return {
    where: `la carpeta ${shownPath(dir, repoRoot)}`,
    list: async () => listFiles(dir).filter(visible),
    copyOut: (name, dest) => copyHashed(path.join(dir, name), dest),
    put: async (name, source) => {
      const dest = path.join(dir, name);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(source, dest);
    },
    remove: async (name) => fs.rmSync(path.join(dir, name), { force: true }),
  };
}

export function uploadStore(env: Env): UploadStore {
  const settings = objectStorage(env);
  if (!settings) return diskStore(uploadsDir(env));
  const bucket = createObjectStore(settings);
  return {
    where: `el bucket s3://${settings.bucket}/${KEY_PREFIX}`,
    list: async () => (await bucket.list(KEY_PREFIX)).map((key) => key.slice(KEY_PREFIX.length)).filter((name) => name && visible(name)),
    copyOut: async (name, dest) => {
      const found = await bucket.get(`${KEY_PREFIX}${name}`);
      if (!found) throw new Error(`El archivo ${name} desapareció del bucket ${settings.bucket} durante el respaldo`);
      return copyHashed(found.body, dest);
    },
    put: (name, source) => bucket.put(`${KEY_PREFIX}${name}`, fs.createReadStream(source)),
    remove: (name) => bucket.remove(`${KEY_PREFIX}${name}`),
  };
}
