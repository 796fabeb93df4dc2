import { fromWallTime, toWallDate } from './zonedTime';

/** A calendar day, "YYYY-MM-DD", with no zone attached. */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export const isDay = (value: unknown): value is Day =>
  typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export const addDays = (day: Day, days: number): Day =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** The Monday of the week a day is in (weeks run Monday to Sunday). */
export const mondayOf = (day: Day): Day => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
};

/** The seven days of the week starting on a Monday. */
export const weekDays = (monday: Day): Day[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The instants a day covers in the zone: [its midnight, the next midnight). */
export const dayRange = (day: Day, timeZone: string): { start: string; end: string } => ({
  start: fromWallTime(day, timeZone) ?? '',
  end: fromWallTime(addDays(day, 1), timeZone) ?? '',
});

/** The instants a week covers in the zone: Monday 00:00 to the next Monday 00:00. */
export const weekRange = (monday: Day, timeZone: string): { start: string; end: string } => ({
  start: dayRange(monday, timeZone).start,
  end: dayRange(addDays(monday, 7), timeZone).start,
});

type Timed = { start: string; end: string };

/**
 * The week's activities day by day, in the zone: each day lists the activities that overlap
 * it (a two-day trip shows on both days), in order of start.
 */
export const groupByDay = <T extends Timed>(activities: readonly T[], monday: Day, timeZone: string): Array<{ day: Day; activities: T[] }> => {
  const sorted = [...activities].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return weekDays(monday).map((day) => {
    const { start, end } = dayRange(day, timeZone);
    const from = Date.parse(start);
    const to = Date.parse(end);
    return {
      day,
      activities: sorted.filter((a) => {
        const s = Date.parse(a.start);
        const e = Math.max(Date.parse(a.end), s);
        // An instant activity (end = start) belongs to the day it happens on.
        return s < to && (e > from || (e === s && s >= from));
      }),
    };
  });
};

/** The Monday to show: the one of the requested day when valid, else this week's. */
export const weekToShow = (requested: unknown, timeZone: string, now: Date = new Date()): Day =>
  mondayOf(isDay(requested) ? requested : toWallDate(now, timeZone));

