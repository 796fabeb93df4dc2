import { useCallback, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import esLocale from '@fullcalendar/core/locales/es';
import type {
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventMountArg,
  EventSourceFuncArg,
} from '@fullcalendar/core';
import { Alert, Box, Skeleton } from '@mui/material';
import { useCreatePath, useDataProvider, useLocaleState, useNotify, useTranslate, useUpdate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isCalendarView } from '../agenda/routes';
import { serverMessage } from '../agenda/serverMessage';
import { isDay } from '../agenda/week';
import { coercedToInstant, toWallTime } from '../agenda/zonedTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { CalendarEventContent } from './CalendarEventContent';
import { CalendarLegend } from './CalendarLegend';
import { CONFLICT_COLOUR, rangeFilter, rescheduleData, toCalendarEvent } from './calendarEvents';
import type { Activity } from './types';

/** The API caps a page at 500 rows: a month of the mayor's agenda fits. */
const MAX_EVENTS = 500;

// Module constants: new arrays or objects on each render would make FullCalendar reset its options.
const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const HEADER_TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' };

const calendarStyles = {
  '& .fc .sg-event': { cursor: 'pointer' },
  '& .fc .fc-timegrid-event .fc-event-main': { overflow: 'hidden' },
  '& .fc .sg-status-tentative': { opacity: 0.75, borderStyle: 'dashed', borderWidth: '2px', borderColor: '#5d4037 !important' },
  '& .fc .sg-status-cancelled .sg-event-title': { textDecoration: 'line-through' },
  '& .fc .sg-status-cancelled': { opacity: 0.8 },
  '& .fc .sg-conflict': { borderColor: `${CONFLICT_COLOUR} !important`, borderWidth: '3px', borderStyle: 'solid', boxShadow: `0 0 0 1px ${CONFLICT_COLOUR}` },
  '& .fc .fc-list-event.sg-conflict td': { borderTop: `2px solid ${CONFLICT_COLOUR}`, borderBottom: `2px solid ${CONFLICT_COLOUR}` },
  '& .fc .fc-toolbar-title': { fontSize: '1.25rem' },
  '& .fc .fc-toolbar-title::first-letter': { textTransform: 'uppercase' },
};

type ActivityCalendarProps = { canCreate: boolean; canEdit: boolean };

/**
 * The mayor's agenda as a calendar (month, week, day, list) in the municipality's time zone.
 * The visible range is fetched from the API; those who may update activities drag or resize
 * them to reschedule. The view and date live in the address, so "back" returns to them.
 */
export const ActivityCalendar = ({ canCreate, canEdit }: ActivityCalendarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider();
  const [update] = useUpdate<Activity>();
  const [locale] = useLocaleState();
  const { timeZone, isPending } = useMunicipalityTimeZone();
  const [searchParams, setSearchParams] = useSearchParams();
  const calendarRef = useRef<FullCalendar>(null);
  const [conflicts, setConflicts] = useState(0);
  // Read once: FullCalendar owns the view and date after mounting.
  const [initial] = useState(() => ({
    view: isCalendarView(searchParams.get('view')) ? String(searchParams.get('view')) : 'timeGridWeek',
    date: isDay(searchParams.get('date')) ? String(searchParams.get('date')) : undefined,
  }));

  const fetchEvents = useCallback(
    async (info: EventSourceFuncArg) => {
      try {
        const { data } = await dataProvider.getList<Activity>('activities', {
          filter: rangeFilter(info.start, info.end, timeZone),
          pagination: { page: 1, perPage: MAX_EVENTS },
          sort: { field: 'start', order: 'ASC' },
        });
        setConflicts(data.filter((activity) => (activity.conflicts?.length ?? 0) > 0).length);
        return data.map((activity) => toCalendarEvent(activity, timeZone));
      } catch (error) {
        notify(serverMessage(error), { type: 'error' });
        return [];
      }
    },
    [dataProvider, notify, timeZone],
  );

  const reschedule = useCallback(
    ({ event, oldEvent, revert }: EventDropArg | EventResizeDoneArg) => {
      const data = rescheduleData({ start: event.start, end: event.end, allDay: event.allDay }, timeZone);
      if (!data) {
        revert();
        return;
      }
      const previous = rescheduleData({ start: oldEvent.start, end: oldEvent.end, allDay: oldEvent.allDay }, timeZone);
      update(
        'activities',
        { id: event.id, data, previousData: { id: event.id, ...(previous ?? {}) } as Activity },
        {
          mutationMode: 'pessimistic',
          onSuccess: () => {
            notify('sigobito.agenda.calendar.rescheduled', { type: 'success' });
            // Moving one activity can create or clear conflicts on others.
            calendarRef.current?.getApi().refetchEvents();
          },
          onError: (error) => {
            revert();
            notify(serverMessage(error), { type: 'error' });
          },
        },
      );
    },
    [notify, timeZone, update],
  );

  const openActivity = useCallback(
    ({ event, jsEvent }: EventClickArg) => {
      jsEvent.preventDefault();
      navigate(createPath({ resource: 'activities', id: event.id, type: 'show' }));
    },
    [createPath, navigate],
  );

  const createInSlot = useCallback(
    ({ start, end, allDay }: DateSelectArg) => {
      const source = { start: coercedToInstant(start, timeZone), end: coercedToInstant(end, timeZone), allDay };
      navigate(`${createPath({ resource: 'activities', type: 'create' })}?source=${encodeURIComponent(JSON.stringify(source))}`);
    },
    [createPath, navigate, timeZone],
  );

  const rememberView = useCallback(
    ({ view }: DatesSetArg) => {
      const date = view.currentStart.toISOString().slice(0, 10);
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          next.set('view', view.type);
          next.set('date', date);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const renderEvent = useCallback((arg: EventContentArg) => <CalendarEventContent arg={arg} />, []);
  // The whole title on hover, for activities squeezed beside others.
  const addTooltip = useCallback(({ el, event }: EventMountArg) => el.setAttribute('title', event.title), []);
  // "Now" and "today" as wall-clock time in the municipality, like everything else on the calendar.
  const now = useCallback(() => toWallTime(new Date(), timeZone, 'seconds'), [timeZone]);

  if (isPending) return <Skeleton variant="rectangular" height={480} />;

  return (
    <Box sx={calendarStyles}>
      {conflicts > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('sigobito.agenda.calendar.conflicts_in_view', { smart_count: conflicts })}
        </Alert>
      )}
      <FullCalendar
        ref={calendarRef}
        plugins={PLUGINS}
        initialView={initial.view}
        initialDate={initial.date}
        headerToolbar={HEADER_TOOLBAR}
        locale={locale === 'en' ? 'en' : esLocale}
        firstDay={1}
        // No named-zone plugin: the calendar works in UTC coercion and we convert at the edges.
        timeZone="UTC"
        now={now}
        nowIndicator
        height="78vh"
        scrollTime="07:00:00"
        eventDisplay="block"
        // Side by side, not stacked: a clash stays readable and each activity clickable.
        slotEventOverlap={false}
        dayMaxEvents={4}
        events={fetchEvents}
        eventContent={renderEvent}
        eventDidMount={addTooltip}
        eventClick={openActivity}
        editable={canEdit}
        eventDrop={reschedule}
        eventResize={reschedule}
        selectable={canCreate}
        selectMirror
        select={createInSlot}
        datesSet={rememberView}
      />
      <CalendarLegend />
    </Box>
  );
};
