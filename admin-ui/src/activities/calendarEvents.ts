import { addDays } from '../agenda/week';
import { coercedToInstant, toWallDate, toWallTime } from '../agenda/zonedTime';
import { STATUS_COLOURS } from './choices';
import type { Activity } from './types';

/**
 * What FullCalendar gets for one activity. The calendar runs in UTC coercion (see
 * agenda/zonedTime.ts): times are the municipality's wall-clock times without offset.
 */
export type CalendarEvent = {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  classNames: string[];
  backgroundColor: string;
  borderColor: string;
  extendedProps: Pick<Activity, 'status' | 'visibility' | 'locationText'> & { conflicted: boolean };
};

export const CONFLICT_COLOUR = '#d32f2f';

const allDayEnd = (activity: Activity, timeZone: string, startDay: string): string => {
  // FullCalendar's all-day end is exclusive: an end at midnight is that day, any later time the next one.
  const endWall = toWallTime(activity.end, timeZone);
  const endDay = endWall.endsWith('T00:00') ? endWall.slice(0, 10) : addDays(endWall.slice(0, 10), 1);
  return endDay > startDay ? endDay : addDays(startDay, 1);
};

export const toCalendarEvent = (activity: Activity, timeZone: string): CalendarEvent => {
  const conflicted = (activity.conflicts?.length ?? 0) > 0;
  const allDay = activity.allDay === true;
  const start = allDay ? toWallDate(activity.start, timeZone) : toWallTime(activity.start, timeZone, 'seconds');
  const end = allDay ? allDayEnd(activity, timeZone, start) : toWallTime(activity.end, timeZone, 'seconds');
  const colour = STATUS_COLOURS[activity.status] ?? STATUS_COLOURS.confirmed;
  return {
    id: String(activity.id),
    title: activity.title,
    start,
    end,
    allDay,
    classNames: [
      'sg-event',
      `sg-status-${activity.status}`,
      ...(activity.visibility === 'private' ? ['sg-private'] : []),
      ...(conflicted ? ['sg-conflict'] : []),
    ],
    backgroundColor: colour,
    borderColor: conflicted ? CONFLICT_COLOUR : colour,
    extendedProps: {
      status: activity.status,
      visibility: activity.visibility,
      locationText: activity.locationText ?? null,
      conflicted,
    },
  };
};

/** The activities overlapping the calendar's visible range, from its UTC-coerced bounds. */
export const rangeFilter = (start: Date, end: Date, timeZone: string): { start_lt: string; end_gt: string } => ({
  start_lt: coercedToInstant(end, timeZone) ?? end.toISOString(),
  end_gt: coercedToInstant(start, timeZone) ?? start.toISOString(),
});

type MovedEvent = { start: Date | null; end: Date | null; allDay: boolean };

/**
 * The new start and end of an activity dragged or resized on the calendar, as instants.
 * An all-day activity runs from the first day's midnight to the midnight after its last day.
 */
export const rescheduleData = (event: MovedEvent, timeZone: string): { start: string; end: string; allDay: boolean } | null => {
  if (!event.start) return null;
  const start = coercedToInstant(event.start, timeZone);
  if (!start) return null;
  if (event.allDay) {
    const firstDay = event.start.toISOString().slice(0, 10);
    const endDay = event.end ? event.end.toISOString().slice(0, 10) : addDays(firstDay, 1);
    return { start, end: coercedToInstant(new Date(`${endDay}T00:00:00Z`), timeZone) ?? start, allDay: true };
  }
  const end = event.end ? coercedToInstant(event.end, timeZone) : start;
  return { start, end: end ?? start, allDay: false };
};
