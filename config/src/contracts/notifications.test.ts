import { wants, withDefaults } from './notifications';

describe('notification preferences', () => {
  it('sends everything to a member who never changed a switch', () => {
    expect(Object.values(withDefaults(null)).every(Boolean)).toBe(true);
    expect(wants(undefined, 'weeklyDigest')).toBe(true);
  });

  it('respects a switch turned off and ignores unknown keys and non-objects', () => {
    expect(wants({ taskOverdue: false }, 'taskOverdue')).toBe(false);
    expect(wants({ taskOverdue: false }, 'taskAssigned')).toBe(true);
    expect(withDefaults({ nonsense: false })).not.toHaveProperty('nonsense');
    expect(wants(['taskAssigned'], 'taskAssigned')).toBe(true);
  });
});
