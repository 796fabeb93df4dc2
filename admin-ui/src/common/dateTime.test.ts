import { DEFAULT_TIME_ZONE, formatDateTime, isIsoDateTime, resolveTimeZone, toDate } from './dateTime';

const AT = '2026-11-23T05:27:55.860Z';

describe('resolveTimeZone', () => {
  it('keeps a known IANA zone and falls back to Panama otherwise', () => {
    expect(resolveTimeZone('America/Bogota')).toBe('America/Bogota');
    expect(resolveTimeZone('Mars/Olympus')).toBe(DEFAULT_TIME_ZONE);
    expect(resolveTimeZone('')).toBe(DEFAULT_TIME_ZONE);
    expect(resolveTimeZone(undefined)).toBe(DEFAULT_TIME_ZONE);
    expect(DEFAULT_TIME_ZONE).toBe('America/Panama');
  });
});

describe('formatDateTime', () => {
  it('shows the instant in the municipality zone, in Spanish', () => {
    expect(formatDateTime(AT, 'es', 'America/Panama')).toBe('23/11/2026, 00:27');
  });

  it('shows it in English for en', () => {
    // Some ICU versions put a narrow no-break space before AM/PM.
    expect(formatDateTime(AT, 'en', 'America/Panama').replace(/\s/g, ' ')).toBe('11/23/2026, 12:27 AM');
  });

  it('follows the configured zone, not the browser one', () => {
    expect(formatDateTime(AT, 'es', 'Europe/Madrid')).toBe('23/11/2026, 06:27');
    expect(formatDateTime(AT, 'es', 'UTC')).toBe('23/11/2026, 05:27');
  });

  it('uses Panama when the zone is missing or unknown', () => {
    expect(formatDateTime(AT, 'es', undefined)).toBe('23/11/2026, 00:27');
    expect(formatDateTime(AT, 'es', 'Nowhere/Land')).toBe('23/11/2026, 00:27');
  });

  it('shows nothing for empty or invalid values', () => {
    expect(formatDateTime(null, 'es', 'America/Panama')).toBe('');
    expect(formatDateTime('', 'es', 'America/Panama')).toBe('');
    expect(formatDateTime('not a date', 'es', 'America/Panama')).toBe('');
  });

  it('accepts Dates and timestamps', () => {
    expect(formatDateTime(new Date(AT), 'es', 'America/Panama')).toBe('23/11/2026, 00:27');
    expect(formatDateTime(Date.parse(AT), 'es', 'America/Panama')).toBe('23/11/2026, 00:27');
  });
});

describe('toDate / isIsoDateTime', () => {
  it('reads ISO instants and refuses the rest', () => {
    expect(toDate(AT)?.toISOString()).toBe('2026-11-23T05:27:55.860Z');
    expect(toDate({})).toBeUndefined();
    expect(isIsoDateTime(AT)).toBe(true);
    expect(isIsoDateTime('2026-11-23T00:27:55-05:00')).toBe(true);
    expect(isIsoDateTime('2026-11-23')).toBe(false);
    expect(isIsoDateTime('ACT-2026-11-23')).toBe(false);
    expect(isIsoDateTime('2026-13-45T99:99:00Z')).toBe(false);
    expect(isIsoDateTime(15)).toBe(false);
  });
});
