import { addDays } from './week';
import { toWallDate, toWallTime } from './zonedTime';

type Timed = { start?: string | null; end?: string | null; allDay?: boolean | null };

const dayLabel = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );

const timeLabel = (value: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(value));

/**
 * When an activity happens, for people: the day(s) and times in the municipality's zone.
 * "miércoles, 25 de noviembre de 2026, 09:30 – 10:30"; across days, both ends in full;
 * all-day ones with the given label instead of times.
 */
export const formatWhen = (activity: Timed, locale: string, timeZone: string, allDayLabel: string): string => {
  if (!activity.start) return '';
  const end = activity.end ?? activity.start;
  const startDay = toWallDate(activity.start, timeZone);
  if (!startDay) return '';
  if (activity.allDay) {
    // The end of an all-day activity is the midnight after its last day.
    const endWall = toWallTime(end, timeZone);
    const lastDay = endWall.endsWith('T00:00') ? addDays(endWall.slice(0, 10), -1) : endWall.slice(0, 10);
    return lastDay > startDay
      ? `${dayLabel(startDay, locale)} – ${dayLabel(lastDay, locale)} (${allDayLabel})`
      : `${dayLabel(startDay, locale)} (${allDayLabel})`;
  }
  const endDay = toWallDate(end, timeZone);
  const from = timeLabel(activity.start, timeZone, locale);
  const to = timeLabel(end, timeZone, locale);
  return endDay === startDay
    ? `${dayLabel(startDay, locale)}, ${from} – ${to}`
    : `${dayLabel(startDay, locale)}, ${from} – ${dayLabel(endDay, locale)}, ${to}`;
};

/** "09:30 – 10:30" (times only), for lists grouped by day. */
export const formatTimes = (activity: Timed, locale: string, timeZone: string): string => {
  if (!activity.start) return '';
  return `${timeLabel(activity.start, timeZone, locale)} – ${timeLabel(activity.end ?? activity.start, timeZone, locale)}`;
};

/** "lunes 23 de noviembre" for a day. */
export const formatDayHeading = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${day}T12:00:00Z`));
