import {
  addDays,
  dayKey,
  formatDate,
  formatDayKey,
  formatDateTime,
  formatDayHeading,
  formatTime,
  formatTimeRange,
  formatWhen,
  startOfLocalDay,
  validTimeZone,
  weekBounds,
  weekdayIndex,
} from './dates';

const PANAMA = 'America/Panama'; // UTC−5 all year
const MADRID = 'Europe/Madrid'; // daylight saving time
/** Intl puts a no-break space in "a. m." on some ICU versions: compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('validTimeZone', () => {
  it('keeps a zone the runtime knows and falls back to Panama otherwise', () => {
    expect(validTimeZone('America/Bogota')).toBe('America/Bogota');
    expect(validTimeZone('Mars/Olympus')).toBe(PANAMA);
    expect(validTimeZone('')).toBe(PANAMA);
    expect(validTimeZone(null)).toBe(PANAMA);
  });
});

describe('calendar days in a time zone', () => {
  it('puts an instant on the local day, not the UTC one', () => {
    // 02:00 UTC on the 24th is still 21:00 on the 23rd in Panama.
    expect(dayKey(new Date('2026-11-24T02:00:00Z'), PANAMA)).toBe('2026-11-23');
    expect(dayKey(new Date('2026-11-24T02:00:00Z'), 'UTC')).toBe('2026-11-24');
  });

  it('adds days across months and years', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('numbers the weekdays from Monday', () => {
    expect(weekdayIndex({ year: 2026, month: 11, day: 23 })).toBe(0); // Monday
    expect(weekdayIndex({ year: 2026, month: 11, day: 29 })).toBe(6); // Sunday
  });

  it('finds local midnight, with and without daylight saving time', () => {
    expect(startOfLocalDay({ year: 2026, month: 11, day: 23 }, PANAMA).toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(startOfLocalDay({ year: 2026, month: 7, day: 1 }, MADRID).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfLocalDay({ year: 2026, month: 1, day: 1 }, MADRID).toISOString()).toBe('2025-12-31T23:00:00.000Z');
    // The day the clocks go forward in Madrid (29 March 2026) still starts at 00:00 CET.
    expect(startOfLocalDay({ year: 2026, month: 3, day: 29 }, MADRID).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay({ year: 2026, month: 3, day: 30 }, MADRID).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('weekBounds', () => {
  it('runs from Monday 00:00 to the next Monday 00:00, local time', () => {
    const { start, end } = weekBounds(new Date('2026-11-25T15:00:00Z'), PANAMA); // Wednesday
    expect(start.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-30T05:00:00.000Z');
  });

  it('counts Sunday night as the end of the week, and Monday 00:00 as the start of the next', () => {
    // Sunday 29th, 23:30 in Panama is Monday 04:30 UTC.
    expect(weekBounds(new Date('2026-11-30T04:30:00Z'), PANAMA).start.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(weekBounds(new Date('2026-11-30T05:00:00Z'), PANAMA).start.toISOString()).toBe('2026-11-30T05:00:00.000Z');
  });
});

describe('formatting in Spanish (es-PA)', () => {
  const at = new Date('2026-11-23T14:30:00Z'); // Monday 9:30 in Panama

  it('writes day headings without a comma', () => {
    expect(formatDayHeading(at, PANAMA)).toBe('lunes 23 de noviembre');
    expect(formatDayHeading(at, PANAMA, true)).toBe('lunes 23 de noviembre de 2026');
    expect(formatDayHeading(new Date('2026-11-24T02:00:00Z'), PANAMA)).toBe('lunes 23 de noviembre');
  });

  it('writes dates, times and both', () => {
    expect(formatDate(at, PANAMA)).toBe('23 de noviembre de 2026');
    expect(plain(formatTime(at, PANAMA))).toBe('9:30 a. m.');
    expect(plain(formatTime(new Date('2026-11-23T20:05:00Z'), PANAMA))).toBe('3:05 p. m.');
    expect(plain(formatDateTime(at, PANAMA))).toBe('lunes 23 de noviembre de 2026, 9:30 a. m.');
  });

  it('shows the time in the zone it is given', () => {
    expect(plain(formatTime(at, 'UTC'))).toBe('2:30 p. m.');
  });
});

describe('formatTimeRange (under a day heading)', () => {
  const d = (iso: string) => new Date(iso);

  it('gives start and end times on the same day', () => {
    expect(plain(formatTimeRange(d('2026-11-23T14:00:00Z'), d('2026-11-23T15:30:00Z'), false, PANAMA))).toBe(
      '9:00 a. m. – 10:30 a. m.',
    );
  });

  it('gives one time when the activity has no duration', () => {
    expect(plain(formatTimeRange(d('2026-11-23T14:00:00Z'), d('2026-11-23T14:00:00Z'), false, PANAMA))).toBe('9:00 a. m.');
  });

  it('names the last day of an activity over several days', () => {
    expect(plain(formatTimeRange(d('2026-11-23T14:00:00Z'), d('2026-11-24T22:00:00Z'), false, PANAMA))).toBe(
      '9:00 a. m. – martes 24 de noviembre, 5:00 p. m.',
    );
  });

  it('says "Todo el día" for an all-day activity, whether its end is exclusive or not', () => {
    expect(formatTimeRange(d('2026-11-23T05:00:00Z'), d('2026-11-24T05:00:00Z'), true, PANAMA)).toBe('Todo el día');
    expect(formatTimeRange(d('2026-11-23T05:00:00Z'), d('2026-11-24T04:59:00Z'), true, PANAMA)).toBe('Todo el día');
    expect(formatTimeRange(d('2026-11-23T05:00:00Z'), d('2026-11-26T05:00:00Z'), true, PANAMA)).toBe(
      'Todo el día, hasta el miércoles 25 de noviembre',
    );
  });
});

describe('formatWhen (on its own)', () => {
  const d = (iso: string) => new Date(iso);

  it('gives the date with the year, then the times', () => {
    expect(plain(formatWhen(d('2026-11-23T14:00:00Z'), d('2026-11-23T15:30:00Z'), false, PANAMA))).toBe(
      'lunes 23 de noviembre de 2026, 9:00 a. m. – 10:30 a. m.',
    );
    expect(formatWhen(d('2026-11-23T05:00:00Z'), d('2026-11-24T05:00:00Z'), true, PANAMA)).toBe(
      'lunes 23 de noviembre de 2026, todo el día',
    );
  });

  it('gives both ends of an activity over several days', () => {
    expect(plain(formatWhen(d('2026-12-31T14:00:00Z'), d('2027-01-01T22:00:00Z'), false, PANAMA))).toBe(
      'Del jueves 31 de diciembre de 2026, 9:00 a. m., al viernes 1 de enero de 2027, 5:00 p. m.',
    );
    expect(formatWhen(d('2026-11-23T05:00:00Z'), d('2026-11-25T05:00:00Z'), true, PANAMA)).toBe(
      'Del lunes 23 de noviembre de 2026 al martes 24 de noviembre de 2026, todo el día',
    );
  });
});

describe('formatDayKey', () => {
  it('writes a calendar day in Spanish, whatever the time zone', () => {
    expect(formatDayKey('2026-11-23')).toBe('23 de noviembre de 2026');
    expect(formatDayKey('2027-01-01')).toBe('1 de enero de 2027');
  });

  it('reads a date column serialised as midnight UTC as its own day', () => {
    expect(formatDayKey('2026-03-31T00:00:00.000Z')).toBe('31 de marzo de 2026');
  });

  it('gives null for what is not a day', () => {
    expect(formatDayKey(null)).toBeNull();
    expect(formatDayKey('')).toBeNull();
    expect(formatDayKey('2026-02-30')).toBeNull();
    expect(formatDayKey('23/11/2026')).toBeNull();
  });
});
