/**
 * Small, pure helpers for the recharts charts (milestone timeline, progress line, health
 * bars): calendar days as numbers and as times on a time axis, month ticks, percentages.
 */

import { isDay, type Day } from '../agenda/week';

export { isDay, type Day };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: calendar arithmetic with no time zone involved. */
export const dayNumber = (day: Day): number => Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export const dayFromNumber = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The day's UTC midnight in milliseconds: where it sits on a chart's time axis (`scale="time"`). */
export const dayTime = (day: Day): number => dayNumber(day) * DAY_MS;

/** The day a time-axis value falls on (the inverse of `dayTime`). */
export const dayFromTime = (time: number): Day => dayFromNumber(Math.floor(time / DAY_MS));

/** Rows for a chart over time: each row with `t`, its day's place on the time axis. */
export const onTimeAxis = <T extends { day: Day }>(rows: readonly T[]): Array<T & { t: number }> => rows.map((row) => ({ ...row, t: dayTime(row.day) }));

/**
 * The first day of each month strictly after `from` and up to `to`, thinned to every second,
 * third… month so that at most `max` ticks remain.
 */
export const monthTicks = (from: Day, to: Day, max = 8): Day[] => {
  if (!isDay(from) || !isDay(to) || from >= to) return [];
  const months: Day[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (day > to) break;
    months.push(day);
  }
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, max)));
  return months.filter((_, i) => i % step === 0);
};

/** Keeps a percentage between 0 and 100 (missing → 0). */
export const clampPercent = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.max(0, Math.min(100, n)) : 0;
};
