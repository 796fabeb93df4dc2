import { doneSteps, effectiveWeights, labelRows, markerKind, plannedSteps, stepValueAt, timelineDomain, type TimelineMilestone } from './timeline';

const milestone = (over: Partial<TimelineMilestone>): TimelineMilestone => ({
  id: over.id ?? 'm',
  order: 1,
  title: 'Hito',
  dueDate: '2026-03-01',
  weight: 1,
  status: 'pending',
  ...over,
});

describe('effectiveWeights', () => {
  it('uses the weights, reading decimals sent as text', () => {
    expect(effectiveWeights([{ weight: 2 }, { weight: '3.5' }, { weight: -1 }])).toEqual([2, 3.5, 0]);
  });

  it('counts every milestone the same when all weights are zero, as the API does', () => {
    expect(effectiveWeights([{ weight: 0 }, { weight: 0 }])).toEqual([1, 1]);
  });
});

describe('timelineDomain', () => {
  it('runs from the start date to the target date', () => {
    expect(timelineDomain('2026-01-01', '2026-12-31', [milestone({ dueDate: '2026-06-01' })], '2026-05-01')).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('stretches to include a milestone past the target and today', () => {
    expect(timelineDomain('2026-01-01', '2026-06-30', [milestone({ dueDate: '2026-08-01' })], '2026-09-15')).toEqual(['2026-01-01', '2026-09-15']);
  });

  it('works without start and target dates', () => {
    expect(timelineDomain(null, undefined, [milestone({ dueDate: '2026-02-01' }), milestone({ dueDate: '2026-04-01' })], '2026-03-01')).toEqual([
      '2026-02-01',
      '2026-04-01',
    ]);
  });

  it('widens a single day to two weeks', () => {
    expect(timelineDomain(null, null, [], '2026-03-10')).toEqual(['2026-03-03', '2026-03-17']);
  });
});

describe('plannedSteps', () => {
  it('climbs by each milestone’s weight on its due date and holds to the end', () => {
    const ms = [milestone({ id: 'a', dueDate: '2026-02-01', weight: 1 }), milestone({ id: 'b', dueDate: '2026-04-01', weight: 3 })];
    expect(plannedSteps(ms, ['2026-01-01', '2026-06-30'])).toEqual([
      { day: '2026-01-01', percent: 0 },
      { day: '2026-02-01', percent: 25 },
      { day: '2026-04-01', percent: 100 },
      { day: '2026-06-30', percent: 100 },
    ]);
  });

  it('adds up milestones due on the same day', () => {
    const ms = [milestone({ id: 'a', dueDate: '2026-02-01' }), milestone({ id: 'b', dueDate: '2026-02-01' }), milestone({ id: 'c', dueDate: '2026-03-01' })];
    expect(plannedSteps(ms, ['2026-01-01', '2026-03-01']).map((s) => s.percent)).toEqual([0, 66.7, 100, 100]);
  });
});

describe('doneSteps', () => {
  it('climbs on the day each milestone was completed and runs on to today', () => {
    const ms = [milestone({ id: 'a', dueDate: '2026-02-01', status: 'done', doneDay: '2026-02-10' }), milestone({ id: 'b', dueDate: '2026-04-01' })];
    expect(doneSteps(ms, '2026-01-01', '2026-05-01')).toEqual([
      { day: '2026-01-01', percent: 0 },
      { day: '2026-02-10', percent: 50 },
      { day: '2026-05-01', percent: 50 },
    ]);
  });

  it('uses the due date when the completion day is unknown', () => {
    const ms = [milestone({ dueDate: '2026-02-01', status: 'done', doneDay: null })];
    expect(doneSteps(ms, '2026-01-01', '2026-03-01')[1]).toEqual({ day: '2026-02-01', percent: 100 });
  });

  it('stays flat at zero when nothing is done', () => {
    expect(doneSteps([milestone({})], '2026-01-01', '2026-03-01')).toEqual([
      { day: '2026-01-01', percent: 0 },
      { day: '2026-03-01', percent: 0 },
    ]);
  });
});

describe('markerKind', () => {
  it('fills done milestones, reddens late ones, outlines the rest', () => {
    expect(markerKind({ status: 'done', late: false })).toBe('done');
    expect(markerKind({ status: 'in_progress', late: true })).toBe('late');
    expect(markerKind({ status: 'pending' })).toBe('pending');
  });
});

describe('stepValueAt', () => {
  const steps = [
    { day: '2026-01-01', percent: 0 },
    { day: '2026-02-01', percent: 25 },
    { day: '2026-04-01', percent: 100 },
  ];

  it('holds each step’s value until the next step', () => {
    expect(stepValueAt(steps, '2026-01-01')).toBe(0);
    expect(stepValueAt(steps, '2026-03-15')).toBe(25);
    expect(stepValueAt(steps, '2026-04-01')).toBe(100);
  });

  it('has no value outside the series', () => {
    expect(stepValueAt(steps, '2025-12-31')).toBeNull();
    expect(stepValueAt(steps, '2026-04-02')).toBeNull();
    expect(stepValueAt([], '2026-03-01')).toBeNull();
  });
});

describe('labelRows', () => {
  it('alternates the rows of milestones due close together and starts over after a gap', () => {
    expect(labelRows(['2026-01-10', '2026-01-12', '2026-01-13', '2026-06-01', '2026-09-01'], ['2026-01-01', '2026-12-31'])).toEqual([0, 1, 0, 0, 0]);
  });

  it('puts milestones due the same day on different rows', () => {
    expect(labelRows(['2026-03-01', '2026-03-01'], ['2026-01-01', '2026-12-31'])).toEqual([0, 1]);
  });
});
