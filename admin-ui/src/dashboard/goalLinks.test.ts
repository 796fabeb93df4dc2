import { healthBars, OPEN_RESTRICTIONS_PATH, OVERDUE_COMMITMENTS_PATH, OVERDUE_MILESTONES_PATH } from './goalLinks';

const filterOf = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter') ?? 'null');

describe('the Tablero’s links', () => {
  it('opens the late milestones', () => {
    expect(OVERDUE_MILESTONES_PATH.startsWith('/milestones?')).toBe(true);
    expect(filterOf(OVERDUE_MILESTONES_PATH)).toEqual({ late: true });
  });

  it('opens the restrictions still open or in treatment', () => {
    expect(OPEN_RESTRICTIONS_PATH.startsWith('/aros?')).toBe(true);
    expect(filterOf(OPEN_RESTRICTIONS_PATH)).toEqual({ kind: 'restriction', status: ['open', 'in_treatment'] });
  });

  it('opens the overdue commitments', () => {
    expect(OVERDUE_COMMITMENTS_PATH.startsWith('/tasks?')).toBe(true);
    expect(filterOf(OVERDUE_COMMITMENTS_PATH)).toEqual({ kind: 'commitment', light: ['overdue'] });
  });
});

describe('healthBars', () => {
  it('has one bar per state of health, in order', () => {
    expect(healthBars({ on_track: 4, at_risk: 2, delayed: 1, completed: 0 })).toEqual([
      { health: 'on_track', count: 4 },
      { health: 'at_risk', count: 2 },
      { health: 'delayed', count: 1 },
      { health: 'completed', count: 0 },
    ]);
  });

  it('counts zero when there are no goals or a count is missing', () => {
    expect(healthBars(undefined).map((bar) => bar.count)).toEqual([0, 0, 0, 0]);
    expect(healthBars({ at_risk: 3 }).map((bar) => bar.count)).toEqual([0, 3, 0, 0]);
  });
});
