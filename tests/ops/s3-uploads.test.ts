/**
 * Issue 11: uploaded files in an S3-compatible store (S3_BUCKET), so that every CMS process
 * serves every file. The bucket stays private: files are still served only by the CMS, at the
 * same signed /uploads/ addresses and with the same safe headers as from disk; the bucket's own
 * address refuses anyone without the keys. Two CMS processes with different local folders share
 * the bucket; a backup copies the bucket's files and a restore puts them back.
 * A local S3-compatible server (tests/integration/helpers/s3.ts) on a random port.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { getEnv, parseEnv, resetEnvCache } from '@sigobito/config';
import { startApp, DEMO_PASSWORD, type TestApp } from '../integration/helpers/app';
import { startS3, type S3Server } from '../integration/helpers/s3';
import { startCmsProcess, type CmsProcess } from '../integration/helpers/cms-process';
import { dropDatabase } from '../integration/helpers/mysql';
import { createObjectStore, type ObjectStore } from '../../cms/src/uploads/object-store';
import { signUploadUrl, uploadSecret } from '../../cms/src/backoffice/signed-urls';
import { createBackup } from '../../scripts/lib/backup';
import { restoreBackup } from '../../scripts/lib/restore';

const root = path.resolve(__dirname, '../..');
const worker = process.env.JEST_WORKER_ID ?? '1';
const onMysql = process.env.DATABASE_CLIENT === 'mysql';
const work = path.join(root, '.tmp', `ops-s3-${worker}`);
const dirOne = path.join(work, 'one');
const dirTwo = path.join(work, 'two');
const restoredDb = { file: path.join(work, 'restored.db'), name: `${process.env.DATABASE_NAME ?? 'sigobito_test'}_s3restored` };
const saved = { ...process.env };

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

let s3: S3Server;
let bucket: ObjectStore;
let app: TestApp;
let second: CmsProcess;

type Uploaded = { id: number; url: string; name: string; mime: string };
const upload = async (http: ReturnType<typeof request>, token: string, name: string, body: Buffer, contentType: string): Promise<Uploaded> => {
  const res = await http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${token}`).attach('files', body, { filename: name, contentType });
  if (res.status !== 201) throw new Error(`upload ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0];
};
const keyOf = (url: string) => url.split('?')[0].slice(1);
const bytesOf = async (key: string) => {
  const found = await bucket.get(key);
  if (!found) return null;
  const chunks: Buffer[] = [];
  for await (const c of found.body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')) : []);
/** Downloads a file through a CMS: status, sha256 of the body, headers. */
const download = async (baseUrl: string, url: string) => {
  const res = await fetch(`${baseUrl}${url}`);
  return { status: res.status, sha256: sha256(Buffer.from(await res.arrayBuffer())), headers: res.headers };
};

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  for (const d of [dirOne, dirTwo]) fs.mkdirSync(path.join(d, 'uploads'), { recursive: true });
  s3 = await startS3(['sigobito-test', 'sigobito-restored']);
  Object.assign(process.env, s3.env, { CMS_PUBLIC_DIR: dirOne, BACKUP_DIR: path.join(work, 'backups') });
  resetEnvCache();
  bucket = createObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true });
  app = await startApp();
  // The second process: same database, bucket and secrets, its own (empty) uploads folder.
  second = await startCmsProcess({ CMS_PUBLIC_DIR: dirTwo });
});

afterAll(async () => {
  await second?.stop();
  await app?.stop();
  await s3?.stop();
  if (onMysql) await dropDatabase(restoredDb.name);
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  resetEnvCache();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('an uploaded file with S3 configured', () => {
  let pdf: Uploaded;
  let png: Uploaded;
  beforeAll(async () => {
    const token = await app.login('goal-manager');
    pdf = await upload(app.http, token, 'informe final.pdf', PDF, 'application/pdf');
    png = await upload(app.http, token, 'acta.png', PNG, 'image/png');
  });

  it('is kept in the bucket, byte for byte, and not on the disk of the CMS that received it', async () => {
    expect(sha256((await bytesOf(keyOf(pdf.url)))!)).toBe(sha256(PDF));
    expect(await bucket.list()).toEqual(expect.arrayContaining([keyOf(pdf.url), keyOf(png.url)]));
    expect(filesIn(path.join(dirOne, 'uploads'))).toEqual([]);
  });

  it('keeps the address format of a file on disk, signed the same way', () => {
    expect(pdf.url).toMatch(/^\/uploads\/informe_final_\w+\.pdf\?exp=\d+&sig=[\w-]+$/);
    expect(signUploadUrl(pdf.url.split('?')[0], Date.now(), uploadSecret())).toBe(pdf.url);
  });

  it('is served at its signed address with the bucket object’s bytes and the safe headers of a file on disk', async () => {
    const served = await download(app.baseUrl, pdf.url);
    expect(served.status).toBe(200);
    expect(served.sha256).toBe(sha256(PDF));
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-length')).toBe(String(PDF.length));
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="informe_final_\w+\.pdf"$/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'");
    const image = await download(app.baseUrl, png.url);
    expect(image.status).toBe(200);
    // Strapi re-encodes images: what is served is what the bucket holds.
    expect(image.sha256).toBe(sha256((await bytesOf(keyOf(png.url)))!));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
  });

  it('answers a HEAD with the size and no body', async () => {
    const res = await fetch(`${app.baseUrl}${pdf.url}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(PDF.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('is refused without a valid signature, as on disk', async () => {
    const bare = pdf.url.split('?')[0];
    for (const url of [bare, `${bare}?exp=9999999999&sig=forged`, pdf.url.replace('informe_final', 'informe_otro')]) {
      const res = await app.http.get(url);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('answers 404, not a bucket error, for a signed address of a file the bucket does not have', async () => {
    const res = await app.http.get(signUploadUrl('/uploads/nunca_subido_0a1b.pdf', Date.now(), uploadSecret()));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).not.toMatch(/NoSuchKey|<Error>|amz/i);
  });

  it("is refused at the bucket's own address to anyone without the keys, by the S3 server itself", async () => {
    for (const url of [s3.objectUrl(keyOf(pdf.url)), s3.objectUrl(keyOf(png.url)), `${s3.endpoint}/${s3.bucket}?list-type=2`, `${s3.endpoint}/${s3.bucket}/`]) {
      const res = await fetch(url);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('<Code>AccessDenied</Code>');
    }
    const wrongKeys = createObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: 'not-the-secret', forcePathStyle: true });
    await expect(wrongKeys.get(keyOf(pdf.url))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
  });
});

describe('two CMS processes with their own folders, sharing the bucket', () => {
  it('serve through the second a file uploaded through the first, with the same bytes', async () => {
    const file = await upload(app.http, await app.login('goal-manager'), 'evidencia.pdf', PDF, 'application/pdf');
    const one = await download(app.baseUrl, file.url);
    const two = await download(second.baseUrl, file.url);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(two.sha256).toBe(one.sha256);
    expect(two.headers.get('content-disposition')).toBe(one.headers.get('content-disposition'));
  });

  it('serve through the first a file uploaded through the second', async () => {
    const http = request(second.baseUrl);
    const login = await http.post('/api/auth/local').send({ identifier: 'goal-manager@demo.sigobito.org', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const file = await upload(http, login.body.jwt, 'acta de la sesión.png', PNG, 'image/png');
    const two = await download(second.baseUrl, file.url);
    const one = await download(app.baseUrl, file.url);
    expect([two.status, one.status]).toEqual([200, 200]);
    expect(one.sha256).toBe(two.sha256);
    expect(one.sha256).toBe(sha256((await bytesOf(keyOf(file.url)))!));
    expect(filesIn(path.join(dirTwo, 'uploads'))).toEqual([]);
  });

  it('no longer serve a file, from either process, once it is deleted', async () => {
    const file = await upload(app.http, await app.login('goal-manager'), 'borrador.pdf', PDF, 'application/pdf');
    expect(await bytesOf(keyOf(file.url))).not.toBeNull();
    const stored = await app.strapi.plugin('upload').service('upload').findOne(file.id);
    await app.strapi.plugin('upload').service('upload').remove(stored);
    expect(await bytesOf(keyOf(file.url))).toBeNull();
    expect((await download(app.baseUrl, file.url)).status).toBe(404);
    expect((await download(second.baseUrl, file.url)).status).toBe(404);
  });
});

describe('backups with S3 configured', () => {
  it("copy the bucket's files into the backup and restore them into an empty bucket", async () => {
    const logs: string[] = [];
    const env = getEnv();
    const { folder, manifest } = await createBackup({ env, retention: false, log: (l) => logs.push(l) });
    const inBucket = await bucket.list();
    expect(inBucket.length).toBeGreaterThanOrEqual(4);
    for (const key of inBucket) {
      const entry = manifest.files.find((f) => f.path === key);
      expect(entry?.sha256).toBe(sha256((await bytesOf(key))!));
    }
    expect(logs.join('\n')).toContain(`Archivos subidos (el bucket s3://${s3.bucket}/uploads/): ${inBucket.length} archivos`);

    // Into another database and an empty bucket, as after losing both.
    const target = parseEnv({
      ...process.env,
      S3_BUCKET: 'sigobito-restored',
      ...(onMysql ? { DATABASE_NAME: restoredDb.name } : { DATABASE_FILENAME: restoredDb.file }),
    });
    if (onMysql) await dropDatabase(restoredDb.name);
    const restored = await restoreBackup(folder, { env: target, checkCmsStopped: false, log: () => undefined });
    expect(restored.files).toBe(inBucket.length);
    const restoredBucket = createObjectStore({ bucket: 'sigobito-restored', endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true });
    expect(await restoredBucket.list()).toEqual(inBucket);
    for (const key of inBucket) {
      const found = (await restoredBucket.get(key))!;
      const chunks: Buffer[] = [];
      for await (const c of found.body) chunks.push(c as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(sha256((await bytesOf(key))!));
    }

    // A bucket that already holds files is not overwritten without --force.
    await expect(restoreBackup(folder, { env: target, checkCmsStopped: false, log: () => undefined })).rejects.toThrow(
      new RegExp(`el bucket s3://sigobito-restored/uploads/ tiene ${inBucket.length} archivos`),
    );
  });
});
