import { progressPoints } from './series';

describe('progressPoints', () => {
  it('lists the reported percentages oldest first, on the municipality’s day', () => {
    expect(
      progressPoints(
        [
          { date: '2026-03-10T15:00:00.000Z', percent: 40 },
          // 02:00 UTC on the 2nd is still the 1st in Panama.
          { date: '2026-03-02T02:00:00.000Z', percent: 10 },
        ],
        'America/Panama',
      ),
    ).toEqual([
      { day: '2026-03-01', percent: 10 },
      { day: '2026-03-10', percent: 40 },
    ]);
  });

  it('leaves out reports without a percentage and keeps the later report of a day', () => {
    expect(
      progressPoints(
        [
          { date: '2026-03-10T13:00:00.000Z', percent: 30 },
          { date: '2026-03-10T20:00:00.000Z', percent: 35 },
          { date: '2026-03-11T20:00:00.000Z', percent: null },
          { date: null, percent: 50 },
        ],
        'America/Panama',
      ),
    ).toEqual([{ day: '2026-03-10', percent: 35 }]);
  });

  it('keeps percentages within 0 to 100', () => {
    expect(progressPoints([{ date: '2026-03-10T15:00:00.000Z', percent: '120' }], 'UTC')).toEqual([{ day: '2026-03-10', percent: 100 }]);
  });
});
