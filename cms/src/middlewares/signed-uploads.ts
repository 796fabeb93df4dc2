import { isSignedUpload, UPLOADS_PREFIX, uploadSecret } from '../backoffice/signed-urls';
import { servedHeaders } from '../domain/files/file-types';

type Ctx = { path: string; query: Record<string, unknown>; status: number; body: unknown; type: string; set: (name: string, value: string) => void };

/**
 * Before Strapi's static files: an uploaded file is served only at a signed address, the one
 * the back-office API gave to someone allowed to read the record it belongs to; and, whatever
 * its extension says, never as a page or a script (type from an allow-list, a download unless
 * it is an image or a PDF, nosniff, a CSP that runs nothing).
 */
export default () => {
  const secret = uploadSecret();
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(UPLOADS_PREFIX)) return next();
    if (!isSignedUpload(ctx.path, ctx.query.exp, ctx.query.sig, Date.now(), secret)) {
      ctx.status = 403;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.body = 'Enlace vencido o no válido: abra el archivo desde el back office.';
      return;
    }
    await next();
    if (ctx.body === null || ctx.body === undefined) return;
    for (const [name, value] of Object.entries(servedHeaders(ctx.path))) ctx.set(name, value);
  };
};
