import { errors } from '@strapi/utils';
import { refuseUnreadableBody } from './unreadable-body';

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
