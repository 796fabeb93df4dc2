import { ACTIVITY_UID, isRestrictedEntry, restrictedEntries, type LoggedEntry } from './restricted';

describe('isRestrictedEntry', () => {
  it('restricts a write to an activity that is private before or after it', () => {
    expect(isRestrictedEntry(ACTIVITY_UID, null, { visibility: 'private' })).toBe(true);
    expect(isRestrictedEntry(ACTIVITY_UID, { visibility: 'private' }, { visibility: 'public' })).toBe(true);
    expect(isRestrictedEntry(ACTIVITY_UID, { visibility: 'private' }, null)).toBe(true);
  });

  it('leaves public activities and other records readable', () => {
    expect(isRestrictedEntry(ACTIVITY_UID, { visibility: 'public' }, { visibility: 'public' })).toBe(false);
    expect(isRestrictedEntry('api::task.task', null, { visibility: 'private' })).toBe(false);
  });
});

describe('restrictedEntries', () => {
  const entry = (id: number, recordId: string, visibility?: [unknown, unknown]): LoggedEntry => ({
    id,
    recordId,
    changes: visibility ? { visibility: { before: visibility[0], after: visibility[1] } } : { title: { before: 'a', after: 'b' } },
  });

  it('keeps the private past of an activity made public out of sight, and its public present readable', () => {
    const log = [entry(1, 'a', [null, 'private']), entry(2, 'a'), entry(3, 'a', ['private', 'public']), entry(4, 'a')];
    expect([...restrictedEntries(log, new Map([['a', 'public']]))].sort()).toEqual([1, 2, 3]);
  });

  it('restricts everything after an activity is made private', () => {
    const log = [entry(5, 'b', [null, 'public']), entry(6, 'b'), entry(7, 'b', ['public', 'private']), entry(8, 'b')];
    expect([...restrictedEntries(log, new Map())].sort()).toEqual([7, 8]);
  });

  it('judges a history that never touches visibility by the current one, and an unknown record as private', () => {
    expect([...restrictedEntries([entry(9, 'c')], new Map([['c', 'public']]))]).toEqual([]);
    expect([...restrictedEntries([entry(10, 'd')], new Map([['c', 'public']]))]).toEqual([10]);
  });
});
