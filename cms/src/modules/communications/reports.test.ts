import { BadRequest } from '../../backoffice/errors';
import { communicationDay, countCommunications, monthsBetween, parseRange, reportCsvRows, untold, type Counted } from './reports';

const TZ = 'America/Panama';
const water = { documentId: 't-agua', code: 'T-AGUA', name: 'Agua' };
const light = { documentId: 't-luz', code: 'T-LUZ', name: 'Alumbrado' };
const town = { documentId: 'p-c', code: 'C-1', name: 'Cabecera' };

const problems = (query: Record<string, unknown>) => {
  try {
    parseRange(query);
    return [];
  } catch (e) {
    return (e as BadRequest).errors.map((x) => [x.path, x.code]);
  }
};

describe('the range of a report', () => {
  it('takes two optional local days, both included', () => {
    expect(parseRange({})).toEqual({ from: null, to: null });
    expect(parseRange({ from: '2026-01-01', to: '' })).toEqual({ from: '2026-01-01', to: null });
    expect(parseRange({ from: '2026-01-01', to: '2026-01-01' })).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('refuses what is not a day, an end before the start, and more than ten years, naming the field', () => {
    expect(problems({ from: '2026-02-30' })).toEqual([['from', 'invalid_date']]);
    expect(problems({ to: ['2026-01-01', '2026-02-01'] })).toEqual([['to', 'invalid_date']]);
    expect(problems({ from: '2026-01-31T00:00' })).toEqual([['from', 'invalid_date']]);
    expect(problems({ from: '2026-02-01', to: '2026-01-31' })).toEqual([['to', 'before_start']]);
    expect(problems({ from: '2000-01-01', to: '2026-01-01' })).toEqual([['to', 'invalid_range']]);
  });
});

describe('the day a communication counts on', () => {
  it('is its first piece out, in the municipality, else its planned date, else when it was identified', () => {
    const createdAt = '2026-01-10T15:00:00.000Z';
    expect(communicationDay({ createdAt, plannedDate: '2026-02-01', pieces: [{ postedAt: '2026-03-02T04:00:00.000Z' }, { postedAt: '2026-03-05T12:00:00.000Z' }, { postedAt: null }] }, TZ)).toBe('2026-03-01');
    expect(communicationDay({ createdAt, plannedDate: '2026-02-01', pieces: [{ postedAt: null }] }, TZ)).toBe('2026-02-01');
    expect(communicationDay({ createdAt: '2026-01-11T03:00:00.000Z', plannedDate: null, pieces: null }, TZ)).toBe('2026-01-10');
  });
});

describe('months between two months', () => {
  it('lists every one, across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});

const rows: Counted[] = [
  { status: 'published', day: '2026-01-05', themes: [water, light], places: [town] },
  { status: 'archived', day: '2026-01-31', themes: [water], places: [] },
  { status: 'identified', day: '2026-03-10', themes: [], places: [town] },
  { status: 'discarded', day: '2026-03-11', themes: [water], places: [town] },
  { status: 'in_review', day: '2025-12-31', themes: [light], places: [] },
];

describe('the communications report', () => {
  it('counts by month (every month of the span, empty ones too), theme, place and status', () => {
    const r = countCommunications(rows, { from: null, to: null }, TZ);
    expect(r.total).toBe(5);
    expect(r.byMonth).toEqual([
      { month: '2025-12', count: 1, published: 0 },
      { month: '2026-01', count: 2, published: 2 },
      { month: '2026-02', count: 0, published: 0 },
      { month: '2026-03', count: 1, published: 0 },
    ]);
    // A discarded one counts only under its status; two themes count twice; none under the null group, last.
    expect(r.byTheme).toEqual([
      { id: 't-agua', code: 'T-AGUA', name: 'Agua', count: 2, published: 2 },
      { id: 't-luz', code: 'T-LUZ', name: 'Alumbrado', count: 2, published: 1 },
      { id: null, code: null, name: null, count: 1, published: 0 },
    ]);
    expect(r.byPlace).toEqual([
      { id: 'p-c', code: 'C-1', name: 'Cabecera', count: 2, published: 1 },
      { id: null, code: null, name: null, count: 2, published: 1 },
    ]);
    expect(r.byStatus).toEqual([
      { status: 'identified', count: 1 },
      { status: 'in_preparation', count: 0 },
      { status: 'in_review', count: 1 },
      { status: 'approved', count: 0 },
      { status: 'published', count: 1 },
      { status: 'archived', count: 1 },
      { status: 'discarded', count: 1 },
    ]);
  });

  it('keeps to the range, both ends included, and spans its months even when empty', () => {
    const r = countCommunications(rows, { from: '2026-01-31', to: '2026-04-15' }, TZ);
    expect(r.total).toBe(3);
    expect(r.byMonth.map((m) => [m.month, m.count])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
      ['2026-04', 0],
    ]);
    expect(countCommunications([], { from: null, to: null }, TZ)).toMatchObject({ total: 0, byMonth: [], byTheme: [], byPlace: [] });
  });

  it('writes one CSV row per group, in Spanish, the empty groups named', () => {
    const csv = reportCsvRows(countCommunications(rows, { from: '2026-01-01', to: '2026-01-31' }, TZ));
    const row = (Agrupación: string, Código: string, Nombre: string, Comunicaciones: number, Publicadas: number) => ({ Agrupación, Código, Nombre, Comunicaciones, Publicadas });
    expect(csv[0]).toEqual(row('Mes', '2026-01', '2026-01', 2, 2));
    expect(csv).toContainEqual(row('Lugar', '', 'Sin lugar', 1, 1));
    expect(csv).toContainEqual(row('Estado', 'archived', 'Archivada', 1, 1));
    expect(csv).toContainEqual(row('Estado', 'identified', 'Identificada', 0, 0));
  });
});

describe('achievements no communication tells', () => {
  const g = (documentId: string, code: string, isPublic = true) => ({ documentId, code, title: `Meta ${code}`, isPublic });
  const goals = [g('g2', 'M-02'), g('g1', 'M-01', false)];
  const milestones = [
    { documentId: 'm1', title: 'Uno', order: 1, completedAt: '2026-01-01T12:00:00.000Z', goal: g('g1', 'M-01', false) },
    { documentId: 'm2', title: 'Dos', order: 2, completedAt: '2026-02-01T12:00:00.000Z', goal: g('g1', 'M-01', false) },
    { documentId: 'm3', title: 'Tres', order: 1, completedAt: null, goal: g('g2', 'M-02') },
  ];

  it('lists them all when nothing tells them, the latest milestone first', () => {
    const r = untold(goals, milestones, []);
    expect(r.goals.map((x) => x.code)).toEqual(['M-01', 'M-02']);
    expect(r.goals[0]).toEqual({ id: 'g1', code: 'M-01', title: 'Meta M-01', isPublic: false, targetDate: null });
    expect(r.milestones.map((x) => x.id)).toEqual(['m2', 'm1', 'm3']);
    expect(r.milestones[0]).toEqual({ id: 'm2', title: 'Dos', order: 2, completedAt: '2026-02-01T12:00:00.000Z', goal: { id: 'g1', code: 'M-01', title: 'Meta M-01', isPublic: false } });
  });

  it('leaves out what a communication tells, whatever its state but discarded; a milestone told does not tell its goal', () => {
    const r = untold(goals, milestones, [
      { status: 'identified', goal: { documentId: 'g1' }, milestone: { documentId: 'm1' } },
      { status: 'discarded', goal: { documentId: 'g2' }, milestone: null },
      { status: 'discarded', goal: { documentId: 'g1' }, milestone: { documentId: 'm2' } },
      { status: 'archived', goal: { documentId: 'g1' }, milestone: null },
    ]);
    expect(r.goals.map((x) => x.code)).toEqual(['M-02']);
    expect(r.milestones.map((x) => x.id)).toEqual(['m2', 'm3']);
  });
});
