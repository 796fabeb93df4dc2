import { diffRecords } from './diff';

describe('diffRecords', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diffRecords({ name: 'A', kind: 'x', updatedAt: '1' }, { name: 'B', kind: 'x', updatedAt: '2' })).toEqual({ name: { before: 'A', after: 'B' } });
  });

  it('treats a creation as every field from null and a deletion as every field to null', () => {
    expect(diffRecords(null, { name: 'A', notes: null })).toEqual({ name: { before: null, after: 'A' } });
    expect(diffRecords({ name: 'A' }, null)).toEqual({ name: { before: 'A', after: null } });
  });

  it('compares relations by id, ignoring order', () => {
    const t = (documentId: string) => ({ id: 1, documentId, name: 'ignored' });
    expect(diffRecords({ themes: [t('a'), t('b')] }, { themes: [t('b'), t('a')] })).toEqual({});
    expect(diffRecords({ parent: t('a') }, { parent: null })).toEqual({ parent: { before: 'a', after: null } });
  });

  it('never records tokens, nor when sessions were ended', () => {
    expect(diffRecords({ calendarToken: 'a', sessionsValidAfter: '1' }, { calendarToken: 'b', sessionsValidAfter: '2' })).toEqual({});
  });

  it('records that a password was set or changed, never the password', () => {
    expect(diffRecords({ password: 'x' }, { password: 'y' })).toEqual({ password: { before: '••••••', after: '••••••' } });
    expect(diffRecords(null, { password: 'x' })).toEqual({ password: { before: null, after: '••••••' } });
    expect(diffRecords({ password: 'x' }, { password: 'x' })).toEqual({});
  });
});
