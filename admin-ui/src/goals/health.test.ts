import { GOAL_HEALTHS, isGoalHealth } from '@sigobito/config/contracts';
import { goalsByHealthPath, HEALTH_STYLES, listPath } from './health';

describe('goal health', () => {
  it('has a colour for each state the API computes', () => {
    expect(GOAL_HEALTHS.map((health) => HEALTH_STYLES[health].background)).toEqual(['#2e7d32', '#ffb300', '#c62828', '#1565c0']);
  });

  it('recognises only the four states', () => {
    expect(isGoalHealth('delayed')).toBe(true);
    expect(isGoalHealth('late')).toBe(false);
    expect(isGoalHealth(undefined)).toBe(false);
  });
});

describe('list addresses with a filter', () => {
  it('opens the goals list filtered by health', () => {
    const path = goalsByHealthPath('delayed');
    expect(path.startsWith('/goals?filter=')).toBe(true);
    expect(JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter') ?? '')).toEqual({ health: 'delayed' });
  });

  it('keeps arrays and booleans in the filter', () => {
    const path = listPath('aros', { kind: 'restriction', status: ['open', 'in_treatment'] });
    expect(JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter') ?? '')).toEqual({ kind: 'restriction', status: ['open', 'in_treatment'] });
  });
});
