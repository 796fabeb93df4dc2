import { BadRequest } from './errors';
import { omitChanges, omitFields, refuseHiddenQuery } from './read-hidden';

describe('fields a user may not read', () => {
  it('are left out of the record, the rest untouched', () => {
    expect(omitFields({ id: 'g1', title: 'Agua', internalNotes: 'reservado' }, ['internalNotes'])).toEqual({ id: 'g1', title: 'Agua' });
    const record = { id: 'g1', internalNotes: 'x' };
    expect(omitFields(record, [])).toBe(record);
  });

  it("are left out of a history entry's changes, other changes kept", () => {
    const entry = { id: 'l1', action: 'update', changes: { title: { before: 'a', after: 'b' }, internalNotes: { before: null, after: 'reservado' } } };
    expect(omitChanges(entry, ['internalNotes'])).toEqual({ id: 'l1', action: 'update', changes: { title: { before: 'a', after: 'b' } } });
    expect(omitChanges({ id: 'l2', changes: null }, ['internalNotes'])).toEqual({ id: 'l2', changes: null });
  });

  const refusal = (query: Record<string, unknown>) => {
    try {
      refuseHiddenQuery(query, ['internalNotes']);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequest);
      return (e as BadRequest).errors[0].path;
    }
  };

  it('may not be filtered by, with or without an operator, nor sorted by', () => {
    expect(refusal({ filter: JSON.stringify({ internalNotes: 'contratista' }) })).toBe('filter.internalNotes');
    expect(refusal({ filter: JSON.stringify({ internalNotes_neq: null }) })).toBe('filter.internalNotes_neq');
    expect(refusal({ sort: JSON.stringify(['internalNotes', 'ASC']) })).toBe('sort');
  });

  it('leaves other queries, and malformed ones, to the list parser', () => {
    expect(refusal({ filter: JSON.stringify({ title: 'x', q: 'internalNotes' }), sort: JSON.stringify(['code', 'ASC']) })).toBeNull();
    expect(refusal({ filter: '{bad', sort: 'nope' })).toBeNull();
    expect(refusal({})).toBeNull();
  });
});
