import { fieldErrorsOf, serverMessage } from './serverMessage';

describe('serverMessage', () => {
  it('prefers the field messages of a 400', () => {
    const error = { message: 'Datos no válidos', body: { message: 'Datos no válidos', errors: { end: 'Debe ser posterior al inicio' } } };
    expect(serverMessage(error)).toBe('Debe ser posterior al inicio');
  });

  it('falls back to the message, then to the generic error', () => {
    expect(serverMessage({ message: 'Prohibido', body: { message: 'Prohibido' } })).toBe('Prohibido');
    expect(serverMessage(new Error(''))).toBe('ra.notification.http_error');
    expect(serverMessage(null)).toBe('ra.notification.http_error');
  });
});

describe('fieldErrorsOf', () => {
  it('gives the per-field messages of a 400, or nothing', () => {
    expect(fieldErrorsOf({ body: { errors: { 'slot.end': 'Debe ser posterior al inicio' } } })).toEqual({ 'slot.end': 'Debe ser posterior al inicio' });
    expect(fieldErrorsOf({ body: { message: 'No encontrado' } })).toBeUndefined();
    expect(fieldErrorsOf('boom')).toBeUndefined();
  });
});
