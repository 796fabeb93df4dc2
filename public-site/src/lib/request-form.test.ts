import {
  emptyValues,
  errorSummary,
  fieldId,
  hasErrors,
  normaliseTrackingCode,
  readRequestForm,
  splitErrors,
  keepsFormToken,
  toPayload,
  validateRequest,
  type RequestValues,
} from './request-form';

const NOW = Date.parse('2026-11-23T15:00:00Z');

const form = (entries: Record<string, string>) => new URLSearchParams(entries);
const SIGNATURE = `${'n'.repeat(16)}.${'a'.repeat(43)}`;
const tokenAt = (ms: number) => `${ms}.${SIGNATURE}`;

const valid = (): RequestValues => ({
  ...emptyValues(tokenAt(NOW - 60_000)),
  kind: 'audience',
  subject: 'Alumbrado en La Loma',
  description: 'Pedimos una reunión sobre el alumbrado público del barrio.',
  name: 'Ana Pérez',
  email: 'ana@example.org',
});

describe('readRequestForm', () => {
  it('reads and trims every field, lower-cases the e-mail and reads the form token', () => {
    const v = readRequestForm(
      form({ kind: 'invitation', subject: '  Feria  ', email: ' Ana@Example.ORG ', website: '', formToken: tokenAt(NOW) }),
    );
    expect(v).toMatchObject({ kind: 'invitation', subject: 'Feria', email: 'ana@example.org', phone: '', website: '', formToken: tokenAt(NOW) });
  });

  it('reads a missing or garbled form token as empty, and a missing field as empty', () => {
    expect(readRequestForm(form({ formToken: 'ayer' })).formToken).toBe('');
    expect(readRequestForm(form({ formToken: String(NOW) })).formToken).toBe('');
    expect(readRequestForm(form({})).formToken).toBe('');
    expect(readRequestForm(form({})).organization).toBe('');
  });

  it('ignores uploaded files in place of text', () => {
    const fd = { get: (name: string) => (name === 'subject' ? { name: 'x.txt', size: 3 } : null) };
    expect(readRequestForm(fd).subject).toBe('');
  });
});

describe('validateRequest', () => {
  it('accepts a complete request', () => {
    expect(validateRequest(valid())).toEqual({});
    expect(validateRequest({ ...valid(), email: '', phone: '+507 6123-4567', desiredDate: '2026-12-01' })).toEqual({});
  });

  it('asks for what is missing, in the CMS words', () => {
    const errors = validateRequest(emptyValues());
    expect(errors).toEqual({
      kind: 'Elija audiencia o invitación',
      subject: 'Es obligatorio',
      description: 'Es obligatorio',
      name: 'Es obligatorio',
      email: 'Deje un correo o un teléfono para responderle',
    });
  });

  it('checks lengths, the e-mail, the phone and the date', () => {
    const errors = validateRequest({
      ...valid(),
      kind: 'attention',
      subject: 'Hola',
      description: 'Corto',
      name: 'Al',
      email: 'ana(at)example',
      phone: 'llámeme',
      desiredDate: '01/12/2026',
      organization: 'x'.repeat(201),
    });
    expect(errors).toEqual({
      kind: 'Elija audiencia o invitación',
      subject: 'Escriba al menos 5 caracteres',
      description: 'Cuéntenos un poco más (al menos 10 caracteres)',
      name: 'Escriba su nombre completo',
      organization: 'Como máximo 200 caracteres',
      email: 'No es un correo electrónico válido',
      phone: 'Solo números, espacios y + ( ) -',
      desiredDate: 'Debe ser una fecha (AAAA-MM-DD)',
    });
  });
});

describe('toPayload', () => {
  it('sends the fields the CMS expects, with the honeypot and the timestamp', () => {
    expect(toPayload(valid())).toEqual({
      kind: 'audience',
      subject: 'Alumbrado en La Loma',
      description: 'Pedimos una reunión sobre el alumbrado público del barrio.',
      name: 'Ana Pérez',
      organization: '',
      email: 'ana@example.org',
      phone: '',
      desiredDate: '',
      website: '',
      formToken: tokenAt(NOW - 60_000),
    });
  });

  it('leaves the token out when the form did not send one (the CMS then refuses it)', () => {
    expect(toPayload({ ...valid(), formToken: '' }).formToken).toBeUndefined();
  });
});

describe('keepsFormToken', () => {
  it('keeps the first token so that a quick correction is not taken for a bot', () => {
    expect(keepsFormToken({ ...valid(), formToken: tokenAt(NOW - 2_000) }, NOW)).toBe(true);
  });

  it('asks for a new one when the token is missing, from the future or stale', () => {
    expect(keepsFormToken({ ...valid(), formToken: '' }, NOW)).toBe(false);
    expect(keepsFormToken({ ...valid(), formToken: tokenAt(NOW + 60_000) }, NOW)).toBe(false);
    expect(keepsFormToken({ ...valid(), formToken: tokenAt(NOW - 20 * 3600_000) }, NOW)).toBe(false);
  });
});

describe('the CMS errors', () => {
  it('sorts field messages from form-wide ones (spam, unknown fields)', () => {
    const e = splitErrors({
      subject: 'Escriba al menos 5 caracteres',
      form: 'No pudimos recibir el formulario: vuelva a cargar la página e inténtelo de nuevo',
      formToken: 'Expected string',
      email: 42,
    });
    expect(e.fields).toEqual({ subject: 'Escriba al menos 5 caracteres' });
    expect(e.form).toEqual(['No pudimos recibir el formulario: vuelva a cargar la página e inténtelo de nuevo', 'Expected string']);
    expect(hasErrors(e)).toBe(true);
  });

  it('reads nothing from a body without errors', () => {
    expect(hasErrors(splitErrors(undefined))).toBe(false);
    expect(hasErrors(splitErrors('oops'))).toBe(false);
  });

  it('summarises in the order of the form, linking each message to its field', () => {
    const summary = errorSummary({ fields: { email: 'No es un correo electrónico válido', kind: 'Elija audiencia o invitación' }, form: ['Spam'] });
    expect(summary).toEqual([
      { href: null, text: 'Spam' },
      { href: '#kind-audience', text: 'Tipo de solicitud: Elija audiencia o invitación' },
      { href: '#email', text: 'Correo electrónico: No es un correo electrónico válido' },
    ]);
    expect(fieldId('subject')).toBe('subject');
  });
});

describe('normaliseTrackingCode', () => {
  it('accepts a code as people type it', () => {
    expect(normaliseTrackingCode(' k7qm-z3px 2a ')).toBe('K7QMZ3PX2A');
  });

  it('refuses what cannot be a code, so the CMS is not asked', () => {
    expect(normaliseTrackingCode('')).toBeNull();
    expect(normaliseTrackingCode(null)).toBeNull();
    expect(normaliseTrackingCode('ABC')).toBeNull();
    expect(normaliseTrackingCode('../../api/users')).toBeNull();
    expect(normaliseTrackingCode('A'.repeat(33))).toBeNull();
  });
});
