import { memberFieldsHiddenFrom } from './private-fields';

const viewer = (role: 'admin' | 'mayor' | 'staff', memberId: string | null) => ({
  role,
  member: memberId ? { id: 1, documentId: memberId, fullName: 'X' } : null,
});

describe("a member's e-mail switches", () => {
  it.each([
    ['the administrator, on anyone', viewer('admin', 'm-admin'), { id: 'm-other' }],
    ['the member themself', viewer('staff', 'm-1'), { id: 'm-1' }],
    ['the administrator, filtering or sorting all members', viewer('admin', 'm-admin'), undefined],
  ])('are read by %s', (_who, who, record) => {
    expect(memberFieldsHiddenFrom(who, record)).toEqual([]);
  });

  it.each([
    ['a colleague', viewer('staff', 'm-1'), { id: 'm-2' }],
    ['the mayor, on someone else', viewer('mayor', 'm-mayor'), { id: 'm-2' }],
    ['an account without a member profile', viewer('mayor', null), { id: 'm-2' }],
    ['anyone but the administrator, filtering or sorting all members (themself included)', viewer('staff', 'm-1'), undefined],
  ])('are hidden from %s', (_who, who, record) => {
    expect(memberFieldsHiddenFrom(who, record)).toEqual(['notificationPreferences']);
  });
});
