import { rangeFilter, rescheduleData, toCalendarEvent } from './calendarEvents';
import type { Activity } from './types';

const activity = (over: Partial<Activity> = {}): Activity => ({
  id: 'a1',
  title: 'Reunión con la junta comunal',
  start: '2026-11-25T14:30:00.000Z',
  end: '2026-11-25T15:30:00.000Z',
  kind: 'meeting',
  status: 'confirmed',
  visibility: 'public',
  conflicts: [],
  ...over,
});

describe('toCalendarEvent', () => {
  it('places an activity at 14:30Z at 09:30 for Panama', () => {
    const event = toCalendarEvent(activity(), 'America/Panama');
    expect(event).toMatchObject({ id: 'a1', start: '2026-11-25T09:30:00', end: '2026-11-25T10:30:00', allDay: false });
  });

  it('marks status, privacy and conflicts for the eye', () => {
    expect(toCalendarEvent(activity({ status: 'tentative' }), 'UTC').classNames).toEqual(['sg-event', 'sg-status-tentative']);
    const marked = toCalendarEvent(activity({ visibility: 'private', conflicts: ['a2'] }), 'UTC');
    expect(marked.classNames).toEqual(['sg-event', 'sg-status-confirmed', 'sg-private', 'sg-conflict']);
    expect(marked.borderColor).toBe('#d32f2f');
    expect(marked.extendedProps).toMatchObject({ conflicted: true, visibility: 'private' });
  });

  it('gives all-day activities whole days with an exclusive end', () => {
    const oneDay = activity({ allDay: true, start: '2026-11-25T05:00:00.000Z', end: '2026-11-26T05:00:00.000Z' });
    expect(toCalendarEvent(oneDay, 'America/Panama')).toMatchObject({ start: '2026-11-25', end: '2026-11-26', allDay: true });
    const endsInTheDay = activity({ allDay: true, start: '2026-11-25T05:00:00.000Z', end: '2026-11-26T22:00:00.000Z' });
    expect(toCalendarEvent(endsInTheDay, 'America/Panama')).toMatchObject({ start: '2026-11-25', end: '2026-11-27' });
    const noLength = activity({ allDay: true, start: '2026-11-25T05:00:00.000Z', end: '2026-11-25T05:00:00.000Z' });
    expect(toCalendarEvent(noLength, 'America/Panama')).toMatchObject({ start: '2026-11-25', end: '2026-11-26' });
  });
});

describe('rangeFilter', () => {
  it('asks for the activities overlapping the visible wall-clock range', () => {
    expect(rangeFilter(new Date('2026-11-23T00:00:00Z'), new Date('2026-11-30T00:00:00Z'), 'America/Panama')).toEqual({
      end_gt: '2026-11-23T05:00:00.000Z',
      start_lt: '2026-11-30T05:00:00.000Z',
    });
  });
});

describe('rescheduleData', () => {
  it('turns a drop at 11:00 wall time into 16:00Z for Panama', () => {
    expect(
      rescheduleData({ start: new Date('2026-11-26T11:00:00Z'), end: new Date('2026-11-26T12:30:00Z'), allDay: false }, 'America/Panama'),
    ).toEqual({ start: '2026-11-26T16:00:00.000Z', end: '2026-11-26T17:30:00.000Z', allDay: false });
  });

  it('makes a whole-day activity run midnight to midnight in the zone', () => {
    expect(rescheduleData({ start: new Date('2026-11-26T00:00:00Z'), end: null, allDay: true }, 'America/Panama')).toEqual({
      start: '2026-11-26T05:00:00.000Z',
      end: '2026-11-27T05:00:00.000Z',
      allDay: true,
    });
  });

  it('keeps a timed activity without end as an instant', () => {
    expect(rescheduleData({ start: new Date('2026-11-26T11:00:00Z'), end: null, allDay: false }, 'UTC')).toEqual({
      start: '2026-11-26T11:00:00.000Z',
      end: '2026-11-26T11:00:00.000Z',
      allDay: false,
    });
    expect(rescheduleData({ start: null, end: null, allDay: false }, 'UTC')).toBeNull();
  });
});
