import { addDays, dayInWords, daysBetween, instantInWords, localDate, localHour, weekdayInWords, weekStart, zonedInstant } from './dates';

describe('calendar days in the municipality', () => {
  it('puts an instant on the day it is in Panama, not in UTC', () => {
    expect(localDate(new Date('2026-11-24T03:00:00Z'), 'America/Panama')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-24T05:00:00Z'), 'America/Panama')).toBe('2026-11-24');
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('finds the instant of a local time, also across a DST change', () => {
    expect(zonedInstant('2026-11-23', '09:30', 'America/Panama').toISOString()).toBe('2026-11-23T14:30:00.000Z');
    expect(zonedInstant('2026-03-09', '09:00', 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(zonedInstant('2026-03-07', '09:00', 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});

describe('the local hour', () => {
  it('is the wall-clock hour in the municipality', () => {
    expect(localHour(new Date('2026-11-23T12:00:00Z'), 'America/Panama')).toBe(7);
    expect(localHour(new Date('2026-11-23T04:59:00Z'), 'America/Panama')).toBe(23);
  });
});

describe('dates in words, for e-mails', () => {
  it('writes a calendar day as a letter does, not as ISO', () => {
    expect(dayInWords('2026-11-27')).toBe('27 de noviembre de 2026');
    expect(dayInWords('2027-01-01')).toBe('1 de enero de 2027');
  });

  it('adds the weekday of that day, wherever the server runs', () => {
    expect(weekdayInWords('2026-11-23')).toBe('lunes 23 de noviembre de 2026');
    expect(weekdayInWords('2026-11-29')).toBe('domingo 29 de noviembre de 2026');
  });

  it("puts an instant on the municipality's day and clock: 22:30 in Panama is still the 27th", () => {
    expect(instantInWords(new Date('2026-11-28T03:30:00Z'), 'America/Panama')).toBe('viernes 27 de noviembre de 2026, 22:30');
    expect(instantInWords(new Date('2026-11-28T03:30:00Z'), 'Europe/Madrid')).toBe('sábado 28 de noviembre de 2026, 04:30');
  });

  it('leaves what is not a day as it came', () => {
    expect(dayInWords('pronto')).toBe('pronto');
  });
});
