import { coercedToInstant, fromWallTime, isWallTime, todayIn, toWallDate, toWallTime } from './zonedTime';

describe('toWallTime', () => {
  it('shows an activity at 14:30Z at 09:30 in Panama', () => {
    expect(toWallTime('2026-11-25T14:30:00.000Z', 'America/Panama')).toBe('2026-11-25T09:30');
    expect(toWallTime('2026-11-25T14:30:15.000Z', 'America/Panama', 'seconds')).toBe('2026-11-25T09:30:15');
  });

  it('moves to the previous day when the instant is before the zone’s midnight', () => {
    expect(toWallTime('2026-11-25T03:00:00Z', 'America/Panama')).toBe('2026-11-24T22:00');
    expect(toWallDate('2026-11-25T03:00:00Z', 'America/Panama')).toBe('2026-11-24');
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(toWallTime('2026-07-01T12:00:00Z', 'Europe/Madrid')).toBe('2026-07-01T14:00');
    expect(toWallTime('2026-12-01T12:00:00Z', 'Europe/Madrid')).toBe('2026-12-01T13:00');
  });

  it('writes midnight as 00, not 24', () => {
    expect(toWallTime('2026-11-25T05:00:00Z', 'America/Panama')).toBe('2026-11-25T00:00');
  });

  it('gives nothing for empty or invalid values', () => {
    expect(toWallTime(null, 'America/Panama')).toBe('');
    expect(toWallTime('', 'America/Panama')).toBe('');
    expect(toWallTime('tomorrow', 'America/Panama')).toBe('');
  });
});

describe('fromWallTime', () => {
  it('reads 09:30 in Panama as 14:30Z', () => {
    expect(fromWallTime('2026-11-25T09:30', 'America/Panama')).toBe('2026-11-25T14:30:00.000Z');
    expect(fromWallTime('2026-11-25T09:30:15', 'America/Panama')).toBe('2026-11-25T14:30:15.000Z');
  });

  it('reads a bare day as its midnight in the zone', () => {
    expect(fromWallTime('2026-11-25', 'America/Panama')).toBe('2026-11-25T05:00:00.000Z');
  });

  it('uses the offset in force on that day', () => {
    expect(fromWallTime('2026-07-01T14:00', 'Europe/Madrid')).toBe('2026-07-01T12:00:00.000Z');
    expect(fromWallTime('2026-12-01T13:00', 'Europe/Madrid')).toBe('2026-12-01T12:00:00.000Z');
  });

  it('round-trips with toWallTime', () => {
    for (const zone of ['America/Panama', 'America/Bogota', 'Europe/Madrid', 'Asia/Kolkata', 'UTC']) {
      const wall = '2026-03-29T10:45';
      expect(toWallTime(fromWallTime(wall, zone), zone)).toBe(wall);
    }
  });

  it('refuses what is not a wall time', () => {
    expect(fromWallTime('25/11/2026 09:30', 'America/Panama')).toBeNull();
    expect(fromWallTime('', 'America/Panama')).toBeNull();
    expect(isWallTime('2026-11-25T09:30')).toBe(true);
    expect(isWallTime('2026-11-25T09:30Z')).toBe(false);
  });
});

describe('coercedToInstant', () => {
  it('reads FullCalendar’s UTC-coerced dates as wall time in the zone', () => {
    expect(coercedToInstant(new Date('2026-11-25T09:30:00Z'), 'America/Panama')).toBe('2026-11-25T14:30:00.000Z');
  });
});

describe('todayIn', () => {
  it('is the date in the zone, not in UTC', () => {
    expect(todayIn('America/Panama', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-25');
  });
});
