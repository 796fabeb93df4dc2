import type { Attributes } from './types';
import { validateWrite } from './validation';

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
