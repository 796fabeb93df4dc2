import { agendaEvent, calendarFilters, pieceEvent, plannedEvent } from './calendar';

const PANAMA = 'America/Panama';

describe('the communication calendar', () => {
  it('shows a communication all day on its planned day, and nothing without one', () => {
    expect(plannedEvent({ id: 'c1', title: 'Puente', plannedDate: '2026-11-30' })).toMatchObject({
      start: '2026-11-30',
      allDay: true,
      extendedProps: { kind: 'planned', target: { resource: 'communications', id: 'c1' } },
    });
    expect(plannedEvent({ id: 'c1', title: 'Puente', plannedDate: null })).toBeNull();
  });

  it('shows a scheduled piece at its time in the municipality, named by channel and communication', () => {
    const e = pieceEvent({ id: 'p1', communication: 'c1', channel: 'x', scheduledAt: '2026-12-01T14:30:00.000Z', status: 'scheduled' }, 'Puente', 'X', PANAMA);
    expect(e).toMatchObject({ start: '2026-12-01T09:30:00', title: 'X: Puente', extendedProps: { kind: 'scheduled', channel: 'x', target: { id: 'c1' } } });
  });

  it('shows a published piece when it went out', () => {
    const e = pieceEvent(
      { id: 'p1', communication: 'c1', channel: 'web', scheduledAt: '2026-12-01T14:30:00Z', postedAt: '2026-12-01T15:00:00Z', status: 'published' },
      'Puente',
      'Sitio web',
      PANAMA,
    );
    expect(e).toMatchObject({ start: '2026-12-01T10:00:00', extendedProps: { kind: 'published' } });
  });

  it('leaves out a piece with no time or no communication', () => {
    expect(pieceEvent({ id: 'p1', communication: 'c1', channel: 'x', status: 'draft' }, 'Puente', 'X', PANAMA)).toBeNull();
    expect(pieceEvent({ id: 'p1', channel: 'x', scheduledAt: '2026-12-01T14:30:00Z' }, 'Puente', 'X', PANAMA)).toBeNull();
  });

  it('shows the public agenda beside it, in the municipality’s time', () => {
    expect(agendaEvent({ id: 'a1', title: 'Inauguración', start: '2026-11-30T15:00:00Z', end: '2026-11-30T17:00:00Z' }, PANAMA)).toMatchObject({
      start: '2026-11-30T10:00:00',
      end: '2026-11-30T12:00:00',
      allDay: false,
      extendedProps: { kind: 'agenda', target: { resource: 'activities', id: 'a1' } },
    });
  });

  it('ends an all-day activity the day after its last day', () => {
    expect(agendaEvent({ id: 'a1', title: 'Feria', start: '2026-11-30T05:00:00Z', end: '2026-12-01T05:00:00Z', allDay: true }, PANAMA)).toMatchObject({
      start: '2026-11-30',
      end: '2026-12-01',
      allDay: true,
    });
  });

  it('asks the API for the visible range: days for planned dates, instants for the rest, only public activities', () => {
    const filters = calendarFilters(new Date('2026-11-30T00:00:00Z'), new Date('2026-12-07T00:00:00Z'), PANAMA);
    expect(filters.communications).toEqual({ plannedDate_gte: '2026-11-30', plannedDate_lt: '2026-12-07' });
    expect(filters.scheduledPieces).toEqual({ scheduledAt_gte: '2026-11-30T05:00:00.000Z', scheduledAt_lt: '2026-12-07T05:00:00.000Z' });
    expect(filters.activities).toEqual({ start_lt: '2026-12-07T05:00:00.000Z', end_gt: '2026-11-30T05:00:00.000Z', visibility: 'public' });
  });
});
