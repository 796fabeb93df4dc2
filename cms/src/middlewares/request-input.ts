import { inheritedFieldIn } from '../http/query-fields';
import { unreadBody } from '../http/unreadable-body';

type Ctx = Parameters<typeof unreadBody>[0] & { query: unknown };

/**
 * After strapi::body: what a request sends that Strapi itself would choke on is a 4xx. A field
 * named like a key every object inherits (`?fields=constructor`) is a 400; a body the parser did
 * not read is empty or a 415 (see unreadBody).
 */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  const field = inheritedFieldIn(ctx.query);
  if (field !== undefined) {
    const message = `No se puede pedir el campo «${field}»`;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: ['fields'], message, code: 'unknown_field', params: { variant: 'fields', field } }] } } };
    return;
  }
  await unreadBody(ctx, next);
};
