import { clampPercent, dayFromNumber, dayFromTime, dayNumber, dayTime, monthTicks, onTimeAxis } from './chart';

describe('calendar days as numbers', () => {
  it('counts whole days between two dates, across months and leap years', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayFromNumber(dayNumber('2026-11-23'))).toBe('2026-11-23');
  });
});

describe('days on a time axis', () => {
  it('puts a day at its UTC midnight and reads it back', () => {
    expect(dayTime('2026-03-01')).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(dayFromTime(dayTime('2026-11-23'))).toBe('2026-11-23');
    expect(dayFromTime(Date.parse('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
  });

  it('adds each row’s time to the row', () => {
    expect(onTimeAxis([{ day: '2026-03-01', percent: 10 }])).toEqual([{ day: '2026-03-01', percent: 10, t: Date.parse('2026-03-01T00:00:00Z') }]);
  });
});

describe('monthTicks', () => {
  it('marks the first day of each month inside the span', () => {
    expect(monthTicks('2026-01-15', '2026-04-01')).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
  });

  it('crosses the year', () => {
    expect(monthTicks('2026-11-20', '2027-01-10')).toEqual(['2026-12-01', '2027-01-01']);
  });

  it('thins long spans to at most the asked number of ticks', () => {
    const ticks = monthTicks('2026-01-01', '2028-01-01', 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe('2026-02-01');
  });

  it('has no ticks for an empty or reversed span', () => {
    expect(monthTicks('2026-05-01', '2026-05-01')).toEqual([]);
    expect(monthTicks('2026-06-01', '2026-05-01')).toEqual([]);
  });
});

describe('clampPercent', () => {
  it('keeps percentages between 0 and 100 and reads numeric strings', () => {
    expect(clampPercent(140)).toBe(100);
    expect(clampPercent(-3)).toBe(0);
    expect(clampPercent('42.5')).toBe(42.5);
    expect(clampPercent(null)).toBe(0);
    expect(clampPercent('')).toBe(0);
  });
});
