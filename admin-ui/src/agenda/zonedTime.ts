/**
 * Instants ↔ the municipality's wall-clock time. The API speaks UTC instants; people and
 * `<input type="datetime-local">` speak the municipality's local time (settings.timeZone),
 * whatever zone the browser is in. Pure: only Intl, no browser zone involved.
 */

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The wall-clock fields of an instant in a zone. */
export const zonedParts = (date: Date, timeZone: string): Parts => {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(date)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    // Some ICU versions write midnight as 24 even with h23.
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
};

/** How far the zone is ahead of UTC at that instant, in milliseconds (Panama: −5 h). */
const offsetAt = (date: Date, timeZone: string): number => {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
};

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

const toInstant = (value: unknown): Date | undefined => {
  if (value == null || value === '') return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/**
 * An instant as wall-clock time in the zone: "2026-11-23T09:30" (or with ":ss" when asked),
 * '' for an empty or invalid value. What a datetime-local input shows.
 */
export const toWallTime = (value: unknown, timeZone: string, precision: 'minutes' | 'seconds' = 'minutes'): string => {
  const date = toInstant(value);
  if (!date) return '';
  const p = zonedParts(date, timeZone);
  const base = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  return precision === 'seconds' ? `${base}:${pad(p.second)}` : base;
};

/** The calendar day of an instant in the zone: "2026-11-23"; '' for no date. */
export const toWallDate = (value: unknown, timeZone: string): string => toWallTime(value, timeZone).slice(0, 10);

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Whether a string is a wall-clock time ("2026-11-23T09:30", seconds optional, or a bare day). */
export const isWallTime = (value: unknown): value is string => typeof value === 'string' && WALL_TIME.test(value);

/**
 * Wall-clock time in the zone → the UTC instant, ISO: ("2026-11-23T09:30", "America/Panama")
 * → "2026-11-23T14:30:00.000Z". A bare day means its midnight. null when not a wall time.
 * A time skipped by a daylight-saving jump lands on the instant an hour later; a repeated one
 * on its first occurrence.
 */
export const fromWallTime = (wall: string, timeZone: string): string | null => {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(asUtc)) return null;
  // Guess with the offset at that moment read as UTC, then correct once: exact except in the
  // hour a clock change skips or repeats.
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  const second = asUtc - offsetAt(new Date(first), timeZone);
  return new Date(second).toISOString();
};

/**
 * FullCalendar without a time-zone plugin works in "UTC coercion": we hand it wall-clock
 * times and it gives back Dates whose UTC fields are wall-clock fields. This reads such a
 * Date back as the real instant.
 */
export const coercedToInstant = (date: Date, timeZone: string): string | null =>
  fromWallTime(date.toISOString().slice(0, 19), timeZone);

/** Today's date in the zone. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => toWallDate(now, timeZone);
