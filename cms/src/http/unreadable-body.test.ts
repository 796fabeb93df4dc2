import { errors } from '@strapi/utils';
import { refuseUnreadableBody, unreadBody } from './unreadable-body';

const multipart = { is: (...types: string[]) => (types.includes('multipart') ? 'multipart' : false) };
const json = { is: () => false as const };
const thrown = (error: Error, ctx = multipart) => {
  try {
    refuseUnreadableBody(error, ctx);
  } catch (e) {
    return e as Error & { status?: number };
  }
  throw new Error('expected a throw');
};

describe('a request body the server cannot read', () => {
  it('is a 400 in Spanish when a multipart body is truncated (formidable says 500)', () => {
    const e = thrown(Object.assign(new Error('MultipartParser.end(): stream ended unexpectedly: state = PART_DATA'), { httpCode: 500 }));
    expect(e).toBeInstanceOf(errors.ValidationError);
    expect(e.message).toBe('El formulario (multipart/form-data) está mal formado o incompleto');
  });

  it('is a 400 in Spanish when JSON does not parse', () => {
    const e = thrown(Object.assign(new SyntaxError('Unexpected token'), { status: 400 }), json);
    expect(e).toBeInstanceOf(errors.ValidationError);
    expect(e.message).toMatch(/JSON válido/);
  });

  it('says why when JSON carries a "__proto__" key (the parser refuses it)', () => {
    const e = thrown(Object.assign(new SyntaxError('Object contains forbidden prototype property'), { status: 400 }), json);
    expect(e).toBeInstanceOf(errors.ValidationError);
    expect(e.message).toBe('El JSON no puede tener claves «__proto__»');
  });

  it('stays a 413 when it is too large', () => {
    expect(thrown(Object.assign(new Error('request entity too large'), { status: 413 }))).toBeInstanceOf(errors.PayloadTooLargeError);
    expect(thrown(Object.assign(new Error('maxFields (1000) exceeded'), { httpCode: 413 }))).toBeInstanceOf(errors.PayloadTooLargeError);
  });

  it("leaves a file over maxFileSize to Strapi's own 413, and another 4xx as it is", () => {
    const tooBig = new Error('options.maxFileSize (20971520 bytes) exceeded, received 20971521 bytes of file data');
    expect(thrown(tooBig)).toBe(tooBig);
    const charset = Object.assign(new Error('unsupported charset "UTF-7"'), { status: 415 });
    expect(thrown(charset)).toBe(charset);
  });

  it("stays a 500 when the server's own disk fails", () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { syscall: 'write' });
    expect(thrown(full)).toBe(full);
  });
});

describe('a body the parser did not read', () => {
  const run = async (method: string, length: number | undefined, body?: unknown) => {
    const ctx = { method, request: { body, length }, get: () => '', status: 404, body: undefined as unknown };
    const next = jest.fn(async () => undefined);
    await unreadBody(ctx, next);
    return { ctx, called: next.mock.calls.length > 0 };
  };

  it('is an empty object when nothing was sent, so a handler finds no fields instead of crashing', async () => {
    const { ctx, called } = await run('POST', undefined);
    expect(ctx.request.body).toEqual({});
    expect(called).toBe(true);
  });

  it('is a 415 when something was sent in a type the API does not read (XML, octet-stream)', async () => {
    const { ctx, called } = await run('PUT', 12);
    expect(ctx.status).toBe(415);
    expect(ctx.body).toMatchObject({ error: { status: 415, message: expect.stringMatching(/^Tipo de contenido no admitido/) } });
    expect(called).toBe(false);
  });

  it('leaves a body that was read, and a GET, alone', async () => {
    expect((await run('POST', 10, { a: 1 })).ctx.request.body).toEqual({ a: 1 });
    expect((await run('GET', undefined)).ctx.request.body).toBeUndefined();
  });
});
