import type { Attributes } from './types';
import { isCalendarDate, isIsoDateTime, validateWrite } from './validation';

const attributes: Attributes = {
  name: { type: 'string', required: true, maxLength: 10 },
  kind: { type: 'enumeration', enum: ['a', 'b'], required: true, default: 'a' },
  email: { type: 'email' },
  colour: { type: 'string', regex: '^#[0-9a-f]{6}$' },
  days: { type: 'integer', min: 0, max: 60 },
  active: { type: 'boolean' },
  due: { type: 'date' },
  at: { type: 'datetime' },
  secret: { type: 'string' },
  themes: { type: 'relation', relation: 'manyToMany', target: 'api::theme.theme' },
  parent: { type: 'relation', relation: 'manyToOne', target: 'api::theme.theme' },
  children: { type: 'relation', relation: 'oneToMany', target: 'api::theme.theme', mappedBy: 'parent' },
  evidence: { type: 'media', multiple: true },
  logo: { type: 'media', multiple: false },
};
const errors = (body: unknown, mode: 'create' | 'update' = 'create') =>
  Object.fromEntries(validateWrite(attributes, body, mode, { hidden: ['secret'] }).errors.map((e) => [e.path, e.code]));

describe('validateWrite', () => {
  it('requires required fields on create, except those with a default', () => {
    expect(errors({})).toEqual({ name: 'required' });
    expect(errors({ name: '   ' })).toEqual({ name: 'required' });
  });

  it('lets an update omit fields but not blank a required one', () => {
    expect(errors({}, 'update')).toEqual({});
    expect(errors({ name: '' }, 'update')).toEqual({ name: 'required' });
  });

  it('checks types, formats and limits at their edges', () => {
    expect(errors({ name: '0123456789' })).toEqual({});
    expect(errors({ name: '01234567890' })).toEqual({ name: 'too_long' });
    expect(errors({ name: 'x', days: 60 })).toEqual({});
    expect(errors({ name: 'x', days: 61, active: 'yes', kind: 'c', email: 'a@b', colour: '#12345g', due: '2026-02-30x', at: 'soon' })).toEqual({
      days: 'too_big',
      active: 'invalid_type',
      kind: 'invalid_choice',
      email: 'invalid_email',
      colour: 'invalid_format',
      due: 'invalid_date',
      at: 'invalid_date',
    });
    expect(errors({ name: 'x', days: 1.5 })).toEqual({ days: 'invalid_type' });
  });

  it('drops unknown, hidden and inverse-relation fields instead of storing them', () => {
    const { data, errors: errs } = validateWrite(attributes, { name: 'x', id: 'abc', createdAt: 'now', secret: 's', children: ['c'], extra: 1 }, 'create', { hidden: ['secret'] });
    expect(errs).toEqual([]);
    expect(data).toEqual({ name: 'x' });
  });

  it("drops the system fields Strapi counts among a type's attributes (the timestamps a form sends back)", () => {
    const withSystem: Attributes = { ...attributes, createdAt: { type: 'datetime' }, updatedAt: { type: 'datetime' }, publishedAt: { type: 'datetime' } };
    const body = { name: 'x', createdAt: '2000-01-01T00:00:00Z', updatedAt: '2000-01-01T00:00:00Z', publishedAt: '2000-01-01T00:00:00Z', documentId: 'd', id: 1, locale: 'fr' };
    for (const mode of ['create', 'update'] as const) expect(validateWrite(withSystem, body, mode)).toMatchObject({ data: { name: 'x' }, errors: [] });
    expect(Object.keys(validateWrite(withSystem, body, 'update').data)).toEqual(['name']);
  });

  it('takes relations as ids and reports them for an existence check', () => {
    const result = validateWrite(attributes, { name: 'x', themes: ['t1', 't1', 't2'], parent: 'p1' }, 'create');
    expect(result.data).toEqual({ name: 'x', themes: ['t1', 't2'], parent: 'p1' });
    expect(result.relationIds).toEqual([
      { field: 'themes', target: 'api::theme.theme', ids: ['t1', 't2'] },
      { field: 'parent', target: 'api::theme.theme', ids: ['p1'] },
    ]);
    expect(errors({ name: 'x', themes: 't1', parent: 3 })).toEqual({ themes: 'invalid_type', parent: 'invalid_type' });
  });

  it('takes uploaded files as ids or as the file objects the API answered', () => {
    const r = validateWrite(attributes, { name: 'x', evidence: [3, { id: 4, url: '/uploads/a.png' }, 3], logo: { id: 9 } }, 'create');
    expect(r.data).toMatchObject({ evidence: [3, 4], logo: 9 });
    expect(r.fileIds).toEqual([
      { field: 'evidence', ids: [3, 4] },
      { field: 'logo', ids: [9] },
    ]);
    expect(errors({ name: 'x', evidence: ['a.png'], logo: [1] })).toEqual({ evidence: 'invalid_type', logo: 'invalid_type' });
    expect(validateWrite(attributes, { evidence: null, logo: null }, 'update').data).toEqual({ evidence: [], logo: null });
  });

  it('clears an optional field sent as null or empty', () => {
    expect(validateWrite(attributes, { email: '', parent: null, themes: null }, 'update').data).toEqual({ email: null, parent: null, themes: [] });
  });

  it('refuses a body that is not an object', () => {
    expect(errors([1, 2])).toEqual({ body: 'invalid' });
  });
});

describe('instants', () => {
  it.each([
    '2026-03-07',
    '2026-03-07T09:30',
    '2026-03-07 09:30',
    '2026-03-07T09:30:15.123Z',
    '2026-03-07T09:30:00+14:00',
    '2026-03-07T09:30:00-12:00',
    '2026-03-07T09:30:00+0530',
    '1000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
  ])('takes %s', (v) => {
    expect(isIsoDateTime(v)).toBe(true);
  });

  it.each([
    ['2026-12-02T10:00:00+99:99', 'an offset no zone has'],
    ['2026-12-02T10:00:00+24:00', 'an offset of a whole day'],
    ['2026-12-02T10:00:00+14:01', 'an offset beyond Kiribati'],
    ['2026-12-02T10:00:00-15:00', 'a negative offset beyond any zone'],
    ['2026-12-02T10:00:00+05:60', 'sixty minutes of offset'],
    ['2026-12-02T24:00', 'hour 24'],
    ['2026-12-02T10:60', 'minute 60'],
    ['2026-02-30T10:00Z', 'a day February does not have'],
    ['9999-12-31T23:00:00-14:00', 'an instant in the year 10000'],
    ['1000-01-01T00:00:00+01:00', 'an instant in the year 999'],
    ['0999-12-31', 'a year before any the database stores'],
    ['March 7, 2026', 'words'],
  ])('refuses %s (%s)', (v) => {
    expect(isIsoDateTime(v)).toBe(false);
  });

  it('is stored as the instant it names, whatever the offset', () => {
    expect(validateWrite(attributes, { name: 'x', at: '2026-03-07T09:30:00+14:00' }, 'create').data.at).toBe('2026-03-06T19:30:00.000Z');
  });

  it('is a 400 on its field, not a crash, with an offset no zone has', () => {
    expect(errors({ name: 'x', at: '2026-12-02T10:00:00+99:99' })).toEqual({ at: 'invalid_date' });
    expect(errors({ name: 'x', at: '2026-12-02T10:00:00+24:00' })).toEqual({ at: 'invalid_date' });
  });
});

describe('calendar days', () => {
  it('are real days in a year the database stores', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('1000-01-01')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('0999-12-31')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(false);
  });
});

describe('what the database columns hold (MySQL refuses the row beyond it)', () => {
  const numbers: Attributes = { count: { type: 'integer' }, amount: { type: 'decimal' }, ratio: { type: 'float' }, big: { type: 'biginteger' }, shape: { type: 'json' } };
  const codes = (body: Record<string, unknown>) => Object.fromEntries(validateWrite(numbers, body, 'update').errors.map((e) => [e.path, e.code]));

  it('takes integers a 32-bit column stores, and refuses 2^31', () => {
    expect(codes({ count: 2_147_483_647 })).toEqual({});
    expect(codes({ count: 2 ** 31, big: 2 ** 53 })).toEqual({ count: 'out_of_range', big: 'out_of_range' });
    expect(codes({ big: 1.5 })).toEqual({ big: 'invalid_type' });
  });

  it('takes decimals a DECIMAL(10,2) stores, and refuses one that rounds past it', () => {
    expect(codes({ amount: 99_999_999.99 })).toEqual({});
    expect(codes({ amount: 99_999_999.995 })).toEqual({ amount: 'out_of_range' });
    expect(codes({ amount: -1e308, ratio: 1e308 })).toEqual({ amount: 'out_of_range' });
  });

  it('refuses JSON nested deeper than any field needs', () => {
    expect(codes({ shape: { type: 'Feature', properties: { a: [1, { b: 2 }] } } })).toEqual({});
    expect(codes({ shape: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) })).toEqual({ shape: 'too_deep' });
  });
});
