/**
 * Small, pure helpers for the hand-written SVG charts (milestone timeline, progress line,
 * health bars): calendar days as numbers, linear scales, path strings and axis ticks.
 */

import { isDay, type Day } from '../agenda/week';

export { isDay, type Day };

export type Point = { x: number; y: number };

export type Scale = (value: number) => number;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: calendar arithmetic with no time zone involved. */
export const dayNumber = (day: Day): number => Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export const dayFromNumber = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Maps the domain onto the range; an empty domain maps everything to the middle of the range. */
export const linearScale = ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale => {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
};

/** One decimal is plenty for screen coordinates and keeps the markup short. */
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** A polyline through the points: "M0 10 L5 20". */
export const linePath = (points: readonly Point[]): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)} ${fmt(p.y)}`).join(' ');

/** A staircase through the points: the value holds until the next point, then jumps ("M0 10 H5 V20"). */
export const stepPath = (points: readonly Point[]): string =>
  points.map((p, i) => (i === 0 ? `M${fmt(p.x)} ${fmt(p.y)}` : `H${fmt(p.x)} V${fmt(p.y)}`)).join(' ');

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
