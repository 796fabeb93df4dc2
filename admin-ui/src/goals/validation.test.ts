import { targetNotBeforeStart } from './validation';

describe('targetNotBeforeStart', () => {
  it('refuses a target date before the start date', () => {
    expect(targetNotBeforeStart('2026-01-01', { startDate: '2026-02-01' })).toBe('resources.goals.validation.target_before_start');
  });

  it('accepts the same day, a later day, or a missing date', () => {
    expect(targetNotBeforeStart('2026-02-01', { startDate: '2026-02-01' })).toBeUndefined();
    expect(targetNotBeforeStart('2026-12-31', { startDate: '2026-02-01' })).toBeUndefined();
    expect(targetNotBeforeStart(null, { startDate: '2026-02-01' })).toBeUndefined();
    expect(targetNotBeforeStart('2026-01-01', {})).toBeUndefined();
  });
});
