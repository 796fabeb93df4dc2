import { errors } from '@strapi/utils';

/** What the body parsers throw: co-body sets `status`, formidable `httpCode`, the file system `syscall`. */
type ParseError = Error & { status?: number; httpCode?: number; syscall?: string };
type Ctx = { is: (...types: string[]) => string | false | null };

/**
 * `onError` of Strapi's body parser (koa-body): a body that cannot be read is the client's
 * mistake, a 400 in Spanish. Without it a truncated or garbled multipart body made formidable
 * throw a plain error that Strapi answered with a 500, even without logging in. Sizes over the
 * limits stay 413, another refused type or charset keeps its 4xx, and the server's own trouble
 * (a full disk while formidable writes the upload) stays a 500.
 */
export function refuseUnreadableBody(error: ParseError, ctx: Ctx): never {
  // Strapi's body middleware recognises a file over maxFileSize by this message and answers 413.
  if (/maxFileSize/.test(error.message) || error.syscall) throw error;
  const status = error.status ?? error.httpCode;
  if (status === 413) throw new errors.PayloadTooLargeError('El cuerpo de la petición es demasiado grande');
  if (status !== undefined && status > 400 && status < 500) throw error;
  const message = ctx.is('multipart') ? 'El formulario (multipart/form-data) está mal formado o incompleto' : 'El cuerpo de la petición está mal formado (se esperaba JSON válido)';
  throw new errors.ValidationError(message, { errors: [{ path: ['body'], message, code: 'malformed_body' }] });
}
