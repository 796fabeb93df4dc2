import { fromFile } from 'file-type';
import { signUploadUrl, uploadSecret } from './signed-urls';
import type { Core } from '@strapi/strapi';
import { can, type BackofficeResource } from '@sigobito/config';
import { acceptUpload, safeFileName, type Detected } from '../domain/files/file-types';
import { BadRequest, forbidden, type FieldError } from './errors';
import type { BackofficeUser } from './types';

/** Resources whose records carry files: whoever may write one of them may upload. */
const WITH_FILES: BackofficeResource[] = ['milestones', 'progress-reports', 'aros', 'settings', 'pieces'];

export const MAX_BYTES = 20 * 1024 * 1024;

type UploadedFile = { size: number; filepath?: string; mimetype?: string; originalFilename?: string | null; name?: string };

/** What the file's bytes are; nothing when unknown or unreadable (then it is refused). */
async function detect(file: UploadedFile): Promise<Detected> {
  if (!file.filepath) return undefined;
  return (await fromFile(file.filepath).catch(() => undefined)) as Detected;
}

/**
 * Stores evidence files through Strapi's upload plugin; answers their ids for a media field.
 * A file is kept for what its content is (images, PDF, Office documents), never for the type
 * or the name the browser declared: its stored type and extension come from its bytes and its
 * name loses control characters (see domain/files/file-types.ts).
 */
export async function uploadFiles(strapi: Core.Strapi, user: BackofficeUser, files: unknown) {
  if (!WITH_FILES.some((r) => can(user.role, r, 'create') || can(user.role, r, 'update'))) throw forbidden();
  const list = (Array.isArray(files) ? files : files ? [files] : []) as UploadedFile[];
  if (!list.length) throw new BadRequest([{ path: 'files', code: 'required', params: { variant: 'files' }, message: 'Adjunte al menos un archivo' }]);
  const errors: FieldError[] = [];
  const accepted = [];
  for (const [i, f] of list.entries()) {
    const name = safeFileName(f.originalFilename ?? f.name ?? `archivo ${i + 1}`);
    if (f.size > MAX_BYTES) {
      errors.push({ path: 'files', code: 'too_large', params: { variant: 'file', name, max: MAX_BYTES / (1024 * 1024) }, message: `${name}: como máximo 20 MB` });
      continue;
    }
    const verdict = acceptUpload(await detect(f), name);
    if (!verdict.ok) errors.push({ path: 'files', code: 'invalid_type', params: { variant: 'file_content', name }, message: verdict.reason });
    // Strapi's upload service takes the name, extension and type from these fields.
    else accepted.push({ ...f, originalFilename: verdict.name, mimetype: verdict.type.mime, detectedMimeType: verdict.type.mime });
  }
  if (errors.length) throw new BadRequest(errors);
  const uploaded = (await strapi.plugin('upload').service('upload').upload({ data: { fileInfo: accepted.map(() => ({})) }, files: accepted })) as Array<{
    id: number;
    name: string;
    url: string;
    mime: string;
    size: number;
  }>;
  return uploaded.map((f) => ({ id: f.id, name: f.name, url: signUploadUrl(f.url, Date.now(), uploadSecret()), mime: f.mime, size: f.size }));
}
