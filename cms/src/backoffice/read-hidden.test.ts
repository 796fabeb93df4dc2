import { omitChanges, omitFields } from './read-hidden';

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
});
