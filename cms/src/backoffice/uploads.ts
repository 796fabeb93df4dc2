import { signUploadUrl, uploadSecret } from './signed-urls';
import type { Core } from '@strapi/strapi';
import { can, type BackofficeResource } from '@sigobito/config';
import { BadRequest, forbidden } from './errors';
import type { BackofficeUser } from './types';

/** Resources whose records carry files: whoever may write one of them may upload. */
const WITH_FILES: BackofficeResource[] = ['milestones', 'progress-reports', 'aros', 'settings'];

export const ALLOWED_MIME = /^(image\/(png|jpeg|webp|gif)|application\/pdf|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml|spreadsheetml|presentationml)\.[a-z.]+|application\/msword|application\/vnd\.ms-excel|text\/csv|text\/plain)$/;
export const MAX_BYTES = 20 * 1024 * 1024;

type UploadedFile = { size: number; mimetype?: string; type?: string; originalFilename?: string; name?: string };

/** Stores evidence files through Strapi's upload plugin; answers their ids for a media field. */
export async function uploadFiles(strapi: Core.Strapi, user: BackofficeUser, files: unknown) {
  if (!WITH_FILES.some((r) => can(user.role, r, 'create') || can(user.role, r, 'update'))) throw forbidden();
  const list = (Array.isArray(files) ? files : files ? [files] : []) as UploadedFile[];
  if (!list.length) throw new BadRequest([{ path: 'files', code: 'required', message: 'Adjunte al menos un archivo' }]);
  const errors = list.flatMap((f, i) => {
    const mime = f.mimetype ?? f.type ?? '';
    const name = f.originalFilename ?? f.name ?? `archivo ${i + 1}`;
    if (f.size > MAX_BYTES) return [{ path: 'files', code: 'too_large', message: `${name}: como máximo 20 MB` }];
    if (!ALLOWED_MIME.test(mime)) return [{ path: 'files', code: 'invalid_type', message: `${name}: tipo de archivo no admitido (imágenes, PDF, documentos de oficina, CSV o texto)` }];
    return [];
  });
  if (errors.length) throw new BadRequest(errors);
  const uploaded = (await strapi.plugin('upload').service('upload').upload({ data: { fileInfo: list.map(() => ({})) }, files: list })) as Array<{
    id: number;
    name: string;
    url: string;
    mime: string;
    size: number;
  }>;
  return uploaded.map((f) => ({ id: f.id, name: f.name, url: signUploadUrl(f.url, Date.now(), uploadSecret()), mime: f.mime, size: f.size }));
}
