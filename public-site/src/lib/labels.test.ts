import { activityStatusLabels, labelOf } from './labels';

describe('labelOf', () => {
  it('reads a known code, and falls back to the code itself', () => {
    expect(labelOf(activityStatusLabels, 'cancelled')).toBe('Cancelada');
    expect(labelOf(activityStatusLabels, 'postponed')).toBe('postponed');
    expect(labelOf(activityStatusLabels, null)).toBe('');
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('reads %s (a key every object inherits) as the code, not as a function', (code) => {
    expect(labelOf(activityStatusLabels, code)).toBe(code);
  });
});
