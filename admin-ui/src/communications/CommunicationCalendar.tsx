import { useCallback } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import esLocale from '@fullcalendar/core/locales/es';
import type { EventClickArg, EventMountArg, EventSourceFuncArg } from '@fullcalendar/core';
import { Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Title, useCanAccess, useCreatePath, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { serverMessage } from '../agenda/serverMessage';
import { toWallTime } from '../agenda/zonedTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { agendaEvent, CALENDAR_COLOURS, calendarFilters, pieceEvent, plannedEvent, type CalendarKind, type CommunicationEvent } from './calendar';
import type { Communication, Piece } from './types';

/** The API caps a page at 500 rows: a month of communication fits. */
const MAX_EVENTS = 500;
const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin];
const HEADER_TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' };
const KINDS: CalendarKind[] = ['planned', 'scheduled', 'published', 'agenda'];
// A month's cells are narrow: the title says more than the hour (the week view has the hours).
const VIEWS = { dayGridMonth: { displayEventTime: false } };

const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack component="section" aria-label={translate('sigobito.communications.calendar.legend')} direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('sigobito.communications.calendar.legend')}:
      </Typography>
      {KINDS.map((kind) => (
        <Stack key={kind} direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
          <Box aria-hidden sx={{ width: 16, height: 12, borderRadius: 0.5, bgcolor: kind === 'agenda' ? '#eceff1' : CALENDAR_COLOURS[kind], border: `2px solid ${CALENDAR_COLOURS[kind]}` }} />
          <Typography variant="body2">{translate(`sigobito.communications.calendar.${kind}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/**
 * The communication calendar (month, week, list): the communications on their planned day and
 * the pieces at their scheduled (or published) time, beside the mayor's public agenda, in the
 * municipality's time zone. A click opens the communication (or the activity).
 */
export const CommunicationCalendar = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider();
  const [locale] = useLocaleState();
  const { timeZone, isPending } = useMunicipalityTimeZone();
  const agenda = useCanAccess({ resource: 'activities', action: 'list' });

  const fetchEvents = useCallback(
    async (info: EventSourceFuncArg): Promise<CommunicationEvent[]> => {
      const filters = calendarFilters(info.start, info.end, timeZone);
      const page = { page: 1, perPage: MAX_EVENTS };
      try {
        const [planned, scheduled, published, activities] = await Promise.all([
          dataProvider.getList<Communication>('communications', { filter: filters.communications, pagination: page, sort: { field: 'plannedDate', order: 'ASC' } }),
          dataProvider.getList<Piece>('pieces', { filter: filters.scheduledPieces, pagination: page, sort: { field: 'scheduledAt', order: 'ASC' } }),
          dataProvider.getList<Piece>('pieces', { filter: filters.publishedPieces, pagination: page, sort: { field: 'postedAt', order: 'ASC' } }),
          agenda.canAccess
            ? dataProvider.getList('activities', { filter: filters.activities, pagination: page, sort: { field: 'start', order: 'ASC' } })
            : Promise.resolve({ data: [] }),
        ]);
        const pieces = [...new Map([...scheduled.data, ...published.data].map((p) => [p.id, p])).values()];
        const ids = [...new Set(pieces.map((p) => p.communication).filter(Boolean))];
        const known = new Map(planned.data.map((c) => [c.id, c.title]));
        const missing = ids.filter((id) => !known.has(id));
        if (missing.length) {
          const { data } = await dataProvider.getMany<Communication>('communications', { ids: missing });
          for (const c of data) known.set(c.id, c.title);
        }
        return [
          ...activities.data.map((a) => agendaEvent(a as { id: string; title: string; start: string; end: string; allDay?: boolean }, timeZone)),
          ...planned.data.flatMap((c) => plannedEvent(c) ?? []),
          ...pieces.flatMap((p) => pieceEvent(p, known.get(p.communication) ?? '', translate(`resources.pieces.channels.${p.channel}`), timeZone) ?? []),
        ];
      } catch (error) {
        notify(serverMessage(error), { type: 'error' });
        return [];
      }
    },
    [agenda.canAccess, dataProvider, notify, timeZone, translate],
  );

  const open = useCallback(
    ({ event, jsEvent }: EventClickArg) => {
      jsEvent.preventDefault();
      const target = (event.extendedProps as CommunicationEvent['extendedProps']).target;
      navigate(createPath({ resource: target.resource, id: target.id, type: 'show' }));
    },
    [createPath, navigate],
  );
  const addTooltip = useCallback(({ el, event }: EventMountArg) => el.setAttribute('title', event.title), []);
  const now = useCallback(() => toWallTime(new Date(), timeZone, 'seconds'), [timeZone]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="sigobito.communications.calendar.title" />
      <Card>
        <CardContent sx={{ '& .fc .sg-event': { cursor: 'pointer' }, '& .fc .fc-toolbar-title::first-letter': { textTransform: 'uppercase' }, '& .fc .fc-toolbar-title': { fontSize: '1.25rem' } }}>
          {isPending || agenda.isPending ? (
            <Skeleton variant="rectangular" height={480} />
          ) : (
            <FullCalendar
              plugins={PLUGINS}
              initialView="dayGridMonth"
              headerToolbar={HEADER_TOOLBAR}
              views={VIEWS}
              locale={locale === 'en' ? 'en' : esLocale}
              firstDay={1}
              timeZone="UTC"
              now={now}
              nowIndicator
              height="75vh"
              scrollTime="07:00:00"
              eventDisplay="block"
              dayMaxEvents={5}
              events={fetchEvents}
              eventClick={open}
              eventDidMount={addTooltip}
            />
          )}
          <Legend />
        </CardContent>
      </Card>
    </Box>
  );
};
