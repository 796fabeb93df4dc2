/**
 * Dates in the municipality's time zone, for people: Spanish of Panama, written the way a
 * notice board would ("lunes 23 de noviembre", "9:30 a. m."). Pure: no Astro, no fetch.
 */

export const DEFAULT_TIME_ZONE = 'America/Panama';
const LOCALE = 'es-PA';
const DAY_MS = 86_400_000;

/** A calendar day; `month` is 1–12. */
export type LocalDate = { year: number; month: number; day: number };

/** The settings' time zone when the runtime knows it, else the default (a typo must not break the site). */
export function validTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

// Building an Intl.DateTimeFormat is slow next to using one: keep one per time zone and style.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

type WallClock = LocalDate & { hour: number; minute: number; second: number };

/** What a clock on the wall in `timeZone` shows at an instant. */
function wallClock(instant: number, timeZone: string): WallClock {
  const parts = format('en-US', timeZone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute'), second: n('second') };
}

/** The calendar day an instant falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant.getTime(), timeZone);
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of the day an instant falls on in `timeZone` (also what <input type=date> takes). */
export function dayKey(instant: Date, timeZone: string): string {
  const { year, month, day } = localDate(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** How far ahead of UTC `timeZone` is at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a day begins in `timeZone` (its local midnight), daylight saving included. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  let instant = utcMidnight - offsetAt(utcMidnight, timeZone);
  // The offset at the guess may differ from the offset at the answer when a change lies between.
  const corrected = utcMidnight - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** Monday 00:00 and the next Monday 00:00 (exclusive) of the week `now` is in, in `timeZone`. */
export function weekBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const today = localDate(now, timeZone);
  const monday = addDays(today, -weekdayIndex(today));
  return { start: startOfLocalDay(monday, timeZone), end: startOfLocalDay(addDays(monday, 7), timeZone) };
}

function partsOf(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const parts = format(LOCALE, timeZone, options).formatToParts(instant);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "lunes 23 de noviembre" (with `withYear`: "lunes 23 de noviembre de 2026"). */
export function formatDayHeading(instant: Date, timeZone: string, withYear = false): string {
  const part = partsOf(instant, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const text = `${part('weekday')} ${part('day')} de ${part('month')}`;
  return withYear ? `${text} de ${part('year')}` : text;
}

/** "23 de noviembre de 2026". */
export function formatDate(instant: Date, timeZone: string): string {
  const part = partsOf(instant, timeZone, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${part('day')} de ${part('month')} de ${part('year')}`;
}

/**
 * "23 de noviembre de 2026" for a calendar day written `YYYY-MM-DD` (a goal's target date, a
 * milestone's due date): no time zone applies to it. Null when it is not such a day.
 * A date column serialised as midnight UTC (`2026-11-23T00:00:00.000Z`) is read as its day.
 */
export function formatDayKey(key: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(key ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  // 2026-02-30 would roll over into March: that is not a day.
  if (noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== day) return null;
  return formatDate(noon, 'UTC');
}

/** "9:30 a. m." — the clock Panama uses (12 hours). */
export function formatTime(instant: Date, timeZone: string): string {
  return format(LOCALE, timeZone, { hour: 'numeric', minute: '2-digit' }).format(instant);
}

/** "lunes 23 de noviembre de 2026, 9:30 a. m." */
export function formatDateTime(instant: Date, timeZone: string): string {
  return `${formatDayHeading(instant, timeZone, true)}, ${formatTime(instant, timeZone)}`;
}

/**
 * The last day an activity covers. An all-day activity that ends at local midnight ends the
 * day before (the iCal convention of an exclusive end).
 */
function lastDay(start: Date, end: Date, allDay: boolean, timeZone: string): string {
  if (allDay && end > start) {
    const w = wallClock(end.getTime(), timeZone);
    if (w.hour === 0 && w.minute === 0 && w.second === 0) return dayKey(new Date(end.getTime() - 1), timeZone);
  }
  return dayKey(end, timeZone);
}

/**
 * When an activity happens, under a heading that already names its first day:
 * "9:00 a. m. – 10:30 a. m.", "Todo el día", or with the last day when it spans several.
 */
export function formatTimeRange(start: Date, end: Date, allDay: boolean, timeZone: string): string {
  const sameDay = lastDay(start, end, allDay, timeZone) === dayKey(start, timeZone);
  if (allDay) {
    if (sameDay) return 'Todo el día';
    // Not the same day, so end > start: one millisecond earlier is the last day covered.
    return `Todo el día, hasta el ${formatDayHeading(new Date(end.getTime() - 1), timeZone)}`;
  }
  if (end.getTime() <= start.getTime()) return formatTime(start, timeZone);
  if (sameDay) return `${formatTime(start, timeZone)} – ${formatTime(end, timeZone)}`;
  return `${formatTime(start, timeZone)} – ${formatDayHeading(end, timeZone)}, ${formatTime(end, timeZone)}`;
}

/** When an activity happens, on its own (the activity page): date with year, then times. */
export function formatWhen(start: Date, end: Date, allDay: boolean, timeZone: string): string {
  const first = formatDayHeading(start, timeZone, true);
  const sameDay = lastDay(start, end, allDay, timeZone) === dayKey(start, timeZone);
  if (allDay) {
    if (sameDay) return `${first}, todo el día`;
    return `Del ${first} al ${formatDayHeading(new Date(end.getTime() - 1), timeZone, true)}, todo el día`;
  }
  if (sameDay) return `${first}, ${formatTimeRange(start, end, false, timeZone)}`;
  return `Del ${first}, ${formatTime(start, timeZone)}, al ${formatDateTime(end, timeZone)}`;
}
