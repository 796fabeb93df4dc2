import { isSignedUpload, UPLOADS_PREFIX, uploadSecret } from '../backoffice/signed-urls';

type Ctx = { path: string; query: Record<string, unknown>; status: number; body: unknown; type: string };

/**
 * Before Strapi's static files: an uploaded file is served only at a signed address, the one
 * the back-office API gave to someone allowed to read the record it belongs to.
 */
export default () => {
  const secret = uploadSecret();
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(UPLOADS_PREFIX) || isSignedUpload(ctx.path, ctx.query.exp, ctx.query.sig, Date.now(), secret)) return next();
    ctx.status = 403;
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = 'Enlace vencido o no válido: abra el archivo desde el back office.';
  };
};
