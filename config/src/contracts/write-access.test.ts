import { isProgressOnlyRole } from './write-access';

describe('who edits only the progress of a task', () => {
  it('is staff, goal managers and press', () => {
    expect(isProgressOnlyRole('staff')).toBe(true);
    expect(isProgressOnlyRole('goal-manager')).toBe(true);
    expect(isProgressOnlyRole('press')).toBe(true);
  });

  it('is not the agenda officer, the mayor, the follow-up officer or the administrator', () => {
    expect(isProgressOnlyRole('agenda')).toBe(false);
    expect(isProgressOnlyRole('mayor')).toBe(false);
    expect(isProgressOnlyRole('follow-up')).toBe(false);
    expect(isProgressOnlyRole('admin')).toBe(false);
  });

  it('is nobody without a role, or with one that does not exist', () => {
    expect(isProgressOnlyRole(undefined)).toBe(false);
    expect(isProgressOnlyRole('toString')).toBe(false);
  });
});
