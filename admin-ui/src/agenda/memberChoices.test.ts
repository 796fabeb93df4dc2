import { memberChoices, memberLabel } from './memberChoices';

describe('member pickers', () => {
  it('show the name with the username', () => {
    expect(memberLabel({ id: 'm1', fullName: 'Luis Fernando Ábrego Serrano', username: 'staff' })).toBe('Luis Fernando Ábrego Serrano (staff)');
    expect(memberLabel({ id: 'm2', fullName: '', username: 'prensa' })).toBe('prensa');
  });

  it('list active members first, alphabetically', () => {
    expect(
      memberChoices([
        { id: 'z', fullName: 'Zoila', username: 'zoila', active: true },
        { id: 'o', fullName: 'Óscar', username: 'oscar', active: false },
        { id: 'a', fullName: 'Ábrego', username: 'staff', active: true },
      ]).map((c) => c.id),
    ).toEqual(['a', 'z', 'o']);
  });
});
