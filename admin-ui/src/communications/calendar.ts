import { addDays } from '../agenda/week';
import { coercedToInstant, toWallDate, toWallTime } from '../agenda/zonedTime';

/**
 * The communication calendar's events: what press plans to say (communications on their planned
 * day, pieces at their scheduled or published time) beside what the mayor does in public (the
 * public agenda). FullCalendar runs in UTC coercion, as the agenda's (agenda/zonedTime.ts).
 */

export type CalendarKind = 'planned' | 'scheduled' | 'published' | 'agenda';

export const CALENDAR_COLOURS: Record<CalendarKind, string> = {
  planned: '#6a1b9a',
  scheduled: '#00838f',
  published: '#2e7d32',
  agenda: '#90a4ae',
};

export type CommunicationEvent = {
  id: string;
  title: string;
  start: string;
  end?: string;
  allDay: boolean;
  backgroundColor: string;
  borderColor: string;
  textColor?: string;
  classNames: string[];
  extendedProps: { kind: CalendarKind; target: { resource: 'communications' | 'activities'; id: string }; channel?: string };
};

type Communication = { id: string; title: string; plannedDate?: string | null; status?: string };
type Piece = { id: string; communication?: string | null; channel: string; title?: string | null; scheduledAt?: string | null; postedAt?: string | null; status?: string };
type Activity = { id: string; title: string; start: string; end: string; allDay?: boolean | null };

const event = (kind: CalendarKind, fields: Omit<CommunicationEvent, 'backgroundColor' | 'borderColor' | 'classNames' | 'extendedProps'> & { extendedProps: Omit<CommunicationEvent['extendedProps'], 'kind'> }): CommunicationEvent => ({
  ...fields,
  backgroundColor: kind === 'agenda' ? '#eceff1' : CALENDAR_COLOURS[kind],
  borderColor: CALENDAR_COLOURS[kind],
  ...(kind === 'agenda' ? { textColor: '#263238' } : {}),
  classNames: ['sg-event', `sg-comm-${kind}`],
  extendedProps: { ...fields.extendedProps, kind },
});

/** A communication on its planned day (all day); none without a planned date. */
export const plannedEvent = (communication: Communication): CommunicationEvent | null => {
  const day = communication.plannedDate?.slice(0, 10);
  if (!day) return null;
  return event('planned', {
    id: `communication-${communication.id}`,
    title: communication.title,
    start: day,
    allDay: true,
    extendedProps: { target: { resource: 'communications', id: communication.id } },
  });
};

/** A piece at the time it is scheduled for (or went out at), titled by its channel and its communication. */
export const pieceEvent = (piece: Piece, communicationTitle: string, channelLabel: string, timeZone: string): CommunicationEvent | null => {
  const published = piece.status === 'published' && Boolean(piece.postedAt);
  const at = published ? piece.postedAt : piece.scheduledAt;
  if (!at || !piece.communication) return null;
  const start = toWallTime(at, timeZone, 'seconds');
  if (!start) return null;
  return event(published ? 'published' : 'scheduled', {
    id: `piece-${piece.id}`,
    title: `${channelLabel}: ${communicationTitle || piece.title || ''}`.trim(),
    start,
    allDay: false,
    extendedProps: { target: { resource: 'communications', id: piece.communication }, channel: piece.channel },
  });
};

/** An activity of the public agenda, greyed beside what press plans. */
export const agendaEvent = (activity: Activity, timeZone: string): CommunicationEvent => {
  const allDay = activity.allDay === true;
  const start = allDay ? toWallDate(activity.start, timeZone) : toWallTime(activity.start, timeZone, 'seconds');
  const end = allDay ? addDays(toWallDate(activity.end, timeZone) || start, toWallTime(activity.end, timeZone).endsWith('T00:00') ? 0 : 1) : toWallTime(activity.end, timeZone, 'seconds');
  return event('agenda', {
    id: `activity-${activity.id}`,
    title: activity.title,
    start,
    end: end > start ? end : undefined,
    allDay,
    extendedProps: { target: { resource: 'activities', id: activity.id } },
  });
};

/** The API filters of the calendar's visible range (FullCalendar's UTC-coerced bounds): days for planned dates, instants for the rest. */
export const calendarFilters = (start: Date, end: Date, timeZone: string) => {
  const from = coercedToInstant(start, timeZone) ?? start.toISOString();
  const to = coercedToInstant(end, timeZone) ?? end.toISOString();
  return {
    communications: { plannedDate_gte: start.toISOString().slice(0, 10), plannedDate_lt: end.toISOString().slice(0, 10) },
    scheduledPieces: { scheduledAt_gte: from, scheduledAt_lt: to },
    publishedPieces: { postedAt_gte: from, postedAt_lt: to },
    activities: { start_lt: to, end_gt: from, visibility: 'public' },
  };
};
