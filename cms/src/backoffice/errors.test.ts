import { BadRequest, badRequestBody } from './errors';

describe('the 400 body', () => {
  it('maps each field to its first message', () => {
    const body = badRequestBody(
      new BadRequest([
        { path: 'name', code: 'required', message: 'Es obligatorio' },
        { path: 'name', code: 'too_long', message: 'Como máximo 200 caracteres' },
      ]),
    );
    expect(body.errors).toEqual({ name: 'Es obligatorio' });
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('names a field called %s (a key every object inherits) like any other', (path) => {
    const body = badRequestBody(new BadRequest([{ path, code: 'unknown', message: 'Aviso desconocido' }]));
    expect(JSON.parse(JSON.stringify(body)).errors).toEqual(JSON.parse(`{${JSON.stringify(path)}:"Aviso desconocido"}`));
  });
});
