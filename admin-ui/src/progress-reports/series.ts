import { toWallDate } from '../agenda/zonedTime';
import { clampPercent, type Day } from '../goals/chart';

type ReportLike = { date?: string | null; percent?: number | string | null };

export type ProgressPoint = { day: Day; percent: number };

/**
 * The reported percentages over time, oldest first, each on its day in the municipality;
 * reports without a percentage (only an indicator value or a narrative) are left out. Two
 * reports on one day keep the later one.
 */
export const progressPoints = (reports: readonly ReportLike[], timeZone: string): ProgressPoint[] => {
  const byDay = new Map<Day, { at: string; percent: number }>();
  for (const report of reports) {
    if (report.percent == null || report.percent === '' || !report.date) continue;
    const day = toWallDate(report.date, timeZone);
    if (!day) continue;
    const previous = byDay.get(day);
    if (!previous || previous.at <= report.date) byDay.set(day, { at: report.date, percent: clampPercent(report.percent) });
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, { percent }]) => ({ day, percent }));
};
