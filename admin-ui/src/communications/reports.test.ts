import { countRows, defaultPeriod, monthLabel, readCommunicationsReport, readUntold } from './reports';

describe('the communication report', () => {
  it('reads counts given as rows', () => {
    const report = readCommunicationsReport({
      byMonth: [{ month: '2026-11', count: 3 }, { month: '2026-10', count: 2 }],
      byTheme: [{ id: 't1', code: 'AGUA', name: 'Agua', count: 1 }, { id: 't2', code: 'LUZ', name: 'Alumbrado', count: 4 }],
      byPlace: [],
      byStatus: [{ status: 'published', count: 4 }, { status: 'in_review', count: 1 }],
    });
    expect(report.byMonth.map((r) => r.key)).toEqual(['2026-10', '2026-11']);
    expect(report.byTheme.map((r) => [r.label, r.count])).toEqual([['Alumbrado', 4], ['Agua', 1]]);
    expect(report.byTheme[0].id).toBe('t2');
    expect(report.total).toBe(5);
  });

  it('reads counts given as objects, and takes the total the API gives', () => {
    const report = readCommunicationsReport({ byMonth: { '2026-11': 2 }, byStatus: { published: 2 }, total: 7 });
    expect(report.byMonth).toEqual([{ key: '2026-11', label: '2026-11', count: 2 }]);
    expect(report.total).toBe(7);
  });

  it('reads nothing from nothing, and never a negative or broken count', () => {
    expect(readCommunicationsReport(null)).toEqual({ byMonth: [], byTheme: [], byPlace: [], byStatus: [], total: 0 });
    expect(countRows([{ month: '2026-01', count: -3 }, { month: '2026-02', count: 'x' }, 5], 'month').map((r) => r.count)).toEqual([0, 0]);
  });
});

describe('the untold achievements', () => {
  it('lists goals and milestones, newest first, each milestone with its goal', () => {
    const rows = readUntold({
      goals: [{ id: 'g1', code: 'M-05', title: 'Ventanilla única', completedAt: '2026-10-01T00:00:00Z' }],
      milestones: [{ id: 'm1', title: 'Tanque instalado', completedAt: '2026-11-20T15:00:00Z', goal: { id: 'g2', code: 'M-01', title: 'Agua 24 h' } }],
    });
    expect(rows).toEqual([
      { kind: 'milestone', id: 'm1', title: 'Tanque instalado', goalId: 'g2', goalLabel: 'M-01 · Agua 24 h', achievedAt: '2026-11-20T15:00:00Z' },
      { kind: 'goal', id: 'g1', title: 'M-05 · Ventanilla única', goalId: 'g1', achievedAt: '2026-10-01T00:00:00Z' },
    ]);
  });

  it('reads one list whose rows say their kind', () => {
    expect(readUntold([{ kind: 'goal', id: 'g1', title: 'X' }, { kind: 'milestone', id: 'm1', title: 'Y', goal: 'g1' }]).map((r) => [r.kind, r.goalId])).toEqual([
      ['goal', 'g1'],
      ['milestone', 'g1'],
    ]);
    expect(readUntold('nonsense')).toEqual([]);
  });
});

describe('the report’s period and months', () => {
  it('runs from the first of the year to today', () => {
    expect(defaultPeriod('2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });

  it('names a month in the user’s language', () => {
    expect(monthLabel('2026-11', 'es')).toBe('noviembre de 2026');
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(monthLabel('later', 'es')).toBe('later');
  });
});
