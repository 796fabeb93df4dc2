import { clampPercent, dayFromNumber, dayNumber, linearScale, linePath, monthTicks, stepPath } from './chart';

describe('calendar days as numbers', () => {
  it('counts whole days between two dates, across months and leap years', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayFromNumber(dayNumber('2026-11-23'))).toBe('2026-11-23');
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, including inverted ranges for y axes', () => {
    const x = linearScale([0, 10], [40, 140]);
    expect(x(0)).toBe(40);
    expect(x(5)).toBe(90);
    expect(x(10)).toBe(140);
    const y = linearScale([0, 100], [200, 0]);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(150);
  });

  it('puts everything in the middle when the domain is a single value', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('paths', () => {
  it('draws a polyline with one decimal at most', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.04, y: 20.26 },
      ]),
    ).toBe('M0 10 L5 20.3');
    expect(linePath([])).toBe('');
  });

  it('draws a staircase that holds each value until the next point', () => {
    expect(
      stepPath([
        { x: 0, y: 100 },
        { x: 10, y: 50 },
        { x: 20, y: 0 },
      ]),
    ).toBe('M0 100 H10 V50 H20 V0');
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
