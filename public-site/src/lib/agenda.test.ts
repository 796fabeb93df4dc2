import {
  agendaFetchRange,
  agendaWindows,
  cmsFeedUrl,
  comingThisWeek,
  groupByDay,
  isLoopbackUrl,
  partitionAgenda,
  upcomingAndRecent,
  weekFetchRange,
  weekLabel,
} from './agenda';

const PANAMA = 'America/Panama';
// Wednesday 25 November 2026, 10:00 in Panama.
const now = new Date('2026-11-25T15:00:00Z');
const w = agendaWindows(now, PANAMA);

type A = { id: string; start: string; end: string };
const act = (id: string, start: string, end = start): A => ({ id, start, end });
const ids = (items: A[]) => items.map((a) => a.id);

describe('agendaWindows', () => {
  it('cuts this week, the next 60 days and the last 30 days at local midnights', () => {
    expect(w.weekStart.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(w.weekEnd.toISOString()).toBe('2026-11-30T05:00:00.000Z');
    // 60 days after the 25th is 24 January; the window ends when that day does.
    expect(w.horizon.toISOString()).toBe('2027-01-25T05:00:00.000Z');
    expect(w.pastFrom.toISOString()).toBe('2026-10-26T05:00:00.000Z');
  });

  it('asks the CMS for an interval that covers every section', () => {
    const r = agendaFetchRange(now);
    expect(r.from.getTime()).toBeLessThanOrEqual(w.pastFrom.getTime());
    expect(r.to.getTime()).toBeGreaterThanOrEqual(w.horizon.getTime());
    const h = weekFetchRange(now);
    expect(h.from.getTime()).toBeLessThanOrEqual(w.weekStart.getTime());
    expect(h.to.getTime()).toBeGreaterThanOrEqual(w.weekEnd.getTime());
  });

  it('asks the same question all hour long, so that the cache can answer it', () => {
    const a = agendaFetchRange(new Date('2026-11-25T15:00:00.001Z'));
    const b = agendaFetchRange(new Date('2026-11-25T15:59:59.999Z'));
    expect([a.from.toISOString(), a.to.toISOString()]).toEqual([b.from.toISOString(), b.to.toISOString()]);
    expect(weekFetchRange(new Date('2026-11-25T15:00:00.001Z')).to.toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(weekFetchRange(new Date('2026-11-25T15:00:00.001Z')).from.toISOString()).toBe('2026-11-17T15:00:00.000Z');
  });

  it('labels the week', () => {
    expect(weekLabel(w, PANAMA)).toBe('del lunes 23 de noviembre al domingo 29 de noviembre');
  });
});

describe('partitionAgenda', () => {
  const items = [
    act('next-week', '2026-12-01T14:00:00Z', '2026-12-01T15:00:00Z'),
    act('sunday-night', '2026-11-30T03:00:00Z', '2026-11-30T04:00:00Z'), // Sunday 22:00 local
    act('monday-morning', '2026-11-23T13:00:00Z', '2026-11-23T14:00:00Z'),
    act('friday', '2026-11-27T14:00:00Z', '2026-11-27T16:00:00Z'),
    act('last-week', '2026-11-18T14:00:00Z', '2026-11-18T15:00:00Z'),
    act('spans-into-week', '2026-11-21T14:00:00Z', '2026-11-24T14:00:00Z'),
    act('long-ago', '2026-10-01T14:00:00Z', '2026-10-01T15:00:00Z'),
    act('too-far', '2027-02-15T14:00:00Z', '2027-02-15T15:00:00Z'),
    act('broken', 'not a date', 'neither'),
  ];
  const parts = partitionAgenda(items, w);

  it('puts in "Esta semana" everything that touches Monday to Sunday, in time order', () => {
    expect(ids(parts.week)).toEqual(['spans-into-week', 'monday-morning', 'friday', 'sunday-night']);
  });

  it('puts in "Próximas actividades" what starts after this week and within 60 days', () => {
    expect(ids(parts.upcoming)).toEqual(['next-week']);
  });

  it('puts in "Actividades realizadas" what ended in the last 30 days, most recent first', () => {
    expect(ids(parts.past)).toEqual(['monday-morning', 'spans-into-week', 'last-week']);
  });

  it('does not change the list it is given', () => {
    expect(items[0].id).toBe('next-week');
  });
});

describe('comingThisWeek', () => {
  const items = [
    act('done', '2026-11-23T13:00:00Z', '2026-11-23T14:00:00Z'),
    act('now', '2026-11-25T14:30:00Z', '2026-11-25T16:00:00Z'),
    ...[26, 27, 28].map((d) => act(`day-${d}`, `2026-11-${d}T14:00:00Z`, `2026-11-${d}T15:00:00Z`)),
    act('sunday', '2026-11-29T14:00:00Z', '2026-11-29T15:00:00Z'),
    act('saturday-2', '2026-11-28T20:00:00Z', '2026-11-28T21:00:00Z'),
    act('next-week', '2026-12-01T14:00:00Z', '2026-12-01T15:00:00Z'),
  ];

  it('gives the first five activities of this week not over yet, ongoing ones included', () => {
    expect(ids(comingThisWeek(items, w))).toEqual(['now', 'day-26', 'day-27', 'day-28', 'saturday-2']);
  });

  it('takes another limit', () => {
    expect(ids(comingThisWeek(items, w, 2))).toEqual(['now', 'day-26']);
  });
});

describe('groupByDay', () => {
  it('groups by the local day of the start, in the order given, with Spanish headings', () => {
    const groups = groupByDay(
      [
        act('b', '2026-11-24T01:00:00Z'), // Monday 20:00 local
        act('a', '2026-11-23T14:00:00Z'),
        act('c', '2026-11-24T14:00:00Z'),
      ],
      PANAMA,
    );
    expect(groups.map((g) => [g.key, g.heading, ids(g.items)])).toEqual([
      ['2026-11-23', 'lunes 23 de noviembre', ['b', 'a']],
      ['2026-11-24', 'martes 24 de noviembre', ['c']],
    ]);
  });

  it('gives no groups for no activities', () => {
    expect(groupByDay([], PANAMA)).toEqual([]);
  });
});

describe('the CMS address of the iCal feed', () => {
  it('recognises addresses only the server can reach', () => {
    expect(isLoopbackUrl('http://127.0.0.1:1337')).toBe(true);
    expect(isLoopbackUrl('http://localhost:1337')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:1337')).toBe(true);
    expect(isLoopbackUrl('https://gestion.municipio.example')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(true);
  });

  it('prefers PUBLIC_CMS_URL, then CMS_URL, and gives none that a visitor could not open', () => {
    expect(cmsFeedUrl({ PUBLIC_CMS_URL: 'https://gestion.municipio.example/', CMS_URL: 'http://127.0.0.1:1337' })).toBe(
      'https://gestion.municipio.example/api/public/agenda.ics',
    );
    expect(cmsFeedUrl({ CMS_URL: 'https://api.municipio.example' })).toBe('https://api.municipio.example/api/public/agenda.ics');
    expect(cmsFeedUrl({ CMS_URL: 'http://127.0.0.1:1337' })).toBeNull();
    expect(cmsFeedUrl({})).toBeNull();
  });
});

describe('upcomingAndRecent', () => {
  const items = [
    act('later', '2026-12-20T14:00:00Z', '2026-12-20T15:00:00Z'),
    act('ongoing', '2026-11-25T14:00:00Z', '2026-11-25T16:00:00Z'), // 9:00–11:00, now is 10:00
    act('tomorrow', '2026-11-26T14:00:00Z', '2026-11-26T15:00:00Z'),
    act('yesterday', '2026-11-24T14:00:00Z', '2026-11-24T15:00:00Z'),
    act('months-ago', '2026-06-01T14:00:00Z', '2026-06-01T15:00:00Z'),
    act('this-morning', '2026-11-25T12:00:00Z', '2026-11-25T13:00:00Z'),
    act('broken', 'not a date', 'neither'),
  ];

  it('puts what is not over yet first, soonest first, and what is over latest first', () => {
    const { upcoming, recent } = upcomingAndRecent(items, now);
    expect(ids(upcoming)).toEqual(['ongoing', 'tomorrow', 'later']);
    expect(ids(recent)).toEqual(['this-morning', 'yesterday', 'months-ago']);
  });

  it('keeps only the most recent past activities', () => {
    expect(ids(upcomingAndRecent(items, now, 2).recent)).toEqual(['this-morning', 'yesterday']);
  });
});
