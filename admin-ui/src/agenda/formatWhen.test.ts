import { formatDayHeading, formatTimes, formatWhen } from './formatWhen';

const clean = (text: string) => text.replace(/\s/g, ' ');

describe('formatWhen', () => {
  it('says the day and times in the municipality’s zone, in Spanish', () => {
    expect(formatWhen({ start: '2026-11-25T14:30:00Z', end: '2026-11-25T15:30:00Z' }, 'es', 'America/Panama', 'todo el día')).toBe(
      'miércoles, 25 de noviembre de 2026, 09:30 – 10:30',
    );
  });

  it('names both days when an activity runs overnight', () => {
    expect(formatWhen({ start: '2026-11-25T23:00:00Z', end: '2026-11-26T13:00:00Z' }, 'es', 'America/Panama', 'todo el día')).toBe(
      'miércoles, 25 de noviembre de 2026, 18:00 – jueves, 26 de noviembre de 2026, 08:00',
    );
  });

  it('says "all day" instead of times for whole days', () => {
    expect(
      formatWhen({ start: '2026-11-25T05:00:00Z', end: '2026-11-26T05:00:00Z', allDay: true }, 'es', 'America/Panama', 'todo el día'),
    ).toBe('miércoles, 25 de noviembre de 2026 (todo el día)');
    expect(
      formatWhen({ start: '2026-11-25T05:00:00Z', end: '2026-11-27T05:00:00Z', allDay: true }, 'es', 'America/Panama', 'todo el día'),
    ).toBe('miércoles, 25 de noviembre de 2026 – jueves, 26 de noviembre de 2026 (todo el día)');
  });

  it('is empty without a start', () => {
    expect(formatWhen({ start: null }, 'es', 'America/Panama', '')).toBe('');
  });
});

describe('formatTimes and formatDayHeading', () => {
  it('give the times and the day name for the weekly agenda', () => {
    expect(formatTimes({ start: '2026-11-25T14:30:00Z', end: '2026-11-25T15:30:00Z' }, 'es', 'America/Panama')).toBe('09:30 – 10:30');
    expect(formatDayHeading('2026-11-23', 'es')).toBe('lunes, 23 de noviembre');
    expect(clean(formatDayHeading('2026-11-23', 'en'))).toBe('Monday, November 23');
  });
});
