import { addDays, groupByDay, isDay, mondayOf, weekDays, weekRange, weekToShow } from './week';

describe('weeks', () => {
  it('start on Monday', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday closes the week
    expect(weekDays('2026-11-23')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('cross months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('cover Monday 00:00 to the next Monday 00:00 in the municipality’s zone', () => {
    expect(weekRange('2026-11-23', 'America/Panama')).toEqual({
      start: '2026-11-23T05:00:00.000Z',
      end: '2026-11-30T05:00:00.000Z',
    });
  });

  it('default to the current week when the requested day is not a day', () => {
    const now = new Date('2026-11-25T03:00:00Z'); // Tuesday 24 evening in Panama
    expect(weekToShow('2026-12-02', 'America/Panama', now)).toBe('2026-11-30');
    expect(weekToShow('garbage', 'America/Panama', now)).toBe('2026-11-23');
    expect(weekToShow(undefined, 'America/Panama', now)).toBe('2026-11-23');
    expect(isDay('2026-11-23')).toBe(true);
    expect(isDay('23/11/2026')).toBe(false);
  });
});

describe('groupByDay', () => {
  const a = (id: string, start: string, end: string) => ({ id, start, end });

  it('puts each activity on the day it happens in the zone, in order of start', () => {
    const days = groupByDay(
      [
        a('late', '2026-11-24T16:00:00Z', '2026-11-24T17:00:00Z'),
        a('early', '2026-11-24T14:00:00Z', '2026-11-24T15:00:00Z'),
        // 22:00 on Monday in Panama, already Tuesday in UTC.
        a('evening', '2026-11-24T03:00:00Z', '2026-11-24T04:00:00Z'),
      ],
      '2026-11-23',
      'America/Panama',
    );
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ day: '2026-11-23', activities: [expect.objectContaining({ id: 'evening' })] });
    expect(days[1].activities.map((x) => x.id)).toEqual(['early', 'late']);
    expect(days.slice(2).every((d) => d.activities.length === 0)).toBe(true);
  });

  it('shows a trip over two days on both', () => {
    const days = groupByDay([a('trip', '2026-11-26T13:00:00Z', '2026-11-27T22:00:00Z')], '2026-11-23', 'America/Panama');
    expect(days.map((d) => d.activities.length)).toEqual([0, 0, 0, 1, 1, 0, 0]);
  });

  it('does not show on a day an activity that ends at its midnight', () => {
    const days = groupByDay([a('until-midnight', '2026-11-23T23:00:00Z', '2026-11-24T05:00:00Z')], '2026-11-23', 'America/Panama');
    expect(days.map((d) => d.activities.length)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });
});
