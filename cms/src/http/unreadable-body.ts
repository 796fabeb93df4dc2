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
  const message = ctx.is('multipart')
    ? 'El formulario (multipart/form-data) está mal formado o incompleto'
    : /prototype property/.test(error.message) // co-body (bourne) refuses "__proto__" keys
      ? 'El JSON no puede tener claves «__proto__»'
      : 'El cuerpo de la petición está mal formado (se esperaba JSON válido)';
  throw new errors.ValidationError(message, { errors: [{ path: ['body'], message, code: 'malformed_body' }] });
}

/** The methods whose body the parser reads (koa-body's parsedMethods). */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

type BodyCtx = {
  method: string;
  request: { body?: unknown; length?: number };
  get: (header: string) => string;
  status: number;
  body: unknown;
};

/**
 * Right after strapi::body: a POST, PUT or PATCH whose body the parser did not read. Empty, it
 * is an empty object, as for a GET, so a handler finds no fields instead of crashing
 * (users-permissions' login answered 500 to a POST without a body). Not empty, it is in a type
 * the API does not take (XML, octet-stream…): 415.
 */
export async function unreadBody(ctx: BodyCtx, next: () => Promise<void>) {
  if (ctx.request.body === undefined && WITH_BODY.has(ctx.method)) {
    if ((ctx.request.length ?? 0) > 0 || ctx.get('Transfer-Encoding')) {
      const message = 'Tipo de contenido no admitido: envíe JSON (o multipart/form-data con archivos)';
      ctx.status = 415;
      ctx.body = { data: null, error: { status: 415, name: 'UnsupportedMediaTypeError', message } };
      return;
    }
    ctx.request.body = {};
  }
  await next();
}
