/** Calendar-day arithmetic in the municipality's time zone. Pure. */

/**
 * One formatter per time zone and shape, made once: building an Intl.DateTimeFormat costs far
 * more than using it, and a list of tasks asks for a day per row.
 */
const SHAPES = {
  day: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  wallClock: ['en-US', { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(shape: keyof typeof SHAPES, timeZone: string): Intl.DateTimeFormat {
  const key = `${shape}|${timeZone}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(SHAPES[shape][0], { ...SHAPES[shape][1], timeZone })));
  return made;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = formatter('day', timeZone).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from day `a` to day `b` (both YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Offset of a time zone from UTC at an instant, in minutes (Panama: -300). */
export function tzOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter('wallClock', timeZone).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant a local wall-clock time (YYYY-MM-DD, HH:mm) happens in a time zone. */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const guess = new Date(`${day}T${time}:00Z`);
  const offset = tzOffsetMinutes(guess, timeZone);
  const first = new Date(guess.getTime() - offset * 60_000);
  // Around a DST change the offset at the result may differ from the guess: settle once more.
  const offset2 = tzOffsetMinutes(first, timeZone);
  return offset2 === offset ? first : new Date(guess.getTime() - offset2 * 60_000);
}

/** Monday (YYYY-MM-DD) of the week a day falls in. */
export function weekStart(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + 6) % 7));
}

/** The hour of the day (0–23) an instant is in a time zone. */
export function localHour(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(instant));
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/**
 * Dates for people, in Spanish as a letter writes them: "27 de noviembre de 2026". A calendar day
 * (YYYY-MM-DD) is the same day everywhere; an instant is first put on the municipality's day.
 */
export function dayInWords(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return day;
  return `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
}

/** "lunes 23 de noviembre de 2026": a calendar day with its weekday. */
export function weekdayInWords(day: string): string {
  const dow = new Date(`${day.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return Number.isNaN(dow) ? day : `${WEEKDAYS_ES[dow]} ${dayInWords(day)}`;
}

/** "lunes 23 de noviembre de 2026, 09:30": an instant as the clock on the municipality's wall shows it. */
export function instantInWords(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${weekdayInWords(localDate(instant, timeZone))}, ${time}`;
}
