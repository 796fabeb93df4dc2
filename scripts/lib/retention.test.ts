import { backupsToKeep, isoWeekKey, type Dated } from './retention';

const at = (iso: string): Dated => ({ name: iso, date: new Date(iso) });
/** One backup a day at 02:00 UTC for `days` days ending on `last`. */
const nightly = (last: string, days: number): Dated[] =>
  Array.from({ length: days }, (_, i) => {
    const d = new Date(`${last}T02:00:00Z`);
    d.setUTCDate(d.getUTCDate() - i);
    return at(d.toISOString());
  });
const kept = (backups: Dated[], now: string, policy?: Parameters<typeof backupsToKeep>[2]) => [...backupsToKeep(backups, new Date(now), policy)].sort();

describe('which backups the retention policy keeps', () => {
  it('keeps nothing when there is nothing, and a lone backup always', () => {
    expect(kept([], '2026-03-10T12:00:00Z')).toEqual([]);
    const old = at('2020-01-01T02:00:00.000Z');
    expect(kept([old], '2026-03-10T12:00:00Z')).toEqual([old.name]);
  });

  it('keeps the newest backup of each of the last 7 days, and drops the 8th day unless a week or month needs it', () => {
    // Sunday 2026-03-01 … Sunday 2026-03-08: eight nights; the eighth, 03-01, ends ISO week 9.
    const eight = nightly('2026-03-08', 8);
    expect(kept(eight, '2026-03-08T12:00:00Z', { daily: 7, weekly: 0, monthly: 0 })).toEqual(eight.slice(0, 7).map((b) => b.name).sort());
    expect(kept(eight, '2026-03-08T12:00:00Z', { daily: 7, weekly: 4, monthly: 0 })).toEqual(eight.map((b) => b.name).sort());
    // Ending on a Tuesday, the eighth night (Tuesday 03-03) is not the newest of its week: dropped.
    const tuesday = nightly('2026-03-10', 8);
    expect(kept(tuesday, '2026-03-10T12:00:00Z', { daily: 7, weekly: 4, monthly: 0 })).not.toContain('2026-03-03T02:00:00.000Z');
  });

  it('keeps only the newest of several backups taken the same day', () => {
    const day = [at('2026-03-10T02:00:00.000Z'), at('2026-03-10T13:30:00.000Z'), at('2026-03-10T23:59:59.000Z')];
    expect(kept(day, '2026-03-11T00:00:00Z')).toEqual(['2026-03-10T23:59:59.000Z']);
  });

  it('splits days at midnight UTC', () => {
    const edge = [at('2026-03-09T23:59:59.000Z'), at('2026-03-10T00:00:00.000Z')];
    expect(kept(edge, '2026-03-10T12:00:00Z', { daily: 2, weekly: 0, monthly: 0 })).toEqual(edge.map((b) => b.name));
    expect(kept(edge, '2026-03-10T12:00:00Z', { daily: 1, weekly: 0, monthly: 0 })).toEqual(['2026-03-10T00:00:00.000Z']);
  });

  it('with nightly backups for two years keeps 7 days, 4 weeks and 12 months: 20 backups', () => {
    const twoYears = nightly('2026-03-10', 730);
    const keep = kept(twoYears, '2026-03-10T12:00:00Z');
    // 7 days (Wednesday 03-04 … Tuesday 03-10); 4 weeks: W11 and W10 (03-08) already kept, then
    // Sundays 03-01 and 02-22; 12 months: March already kept, then the last night of February 2026
    // back to April 2025.
    expect(keep).toHaveLength(7 + 2 + 11);
    expect(keep).toEqual(expect.arrayContaining(['2026-03-01T02:00:00.000Z', '2026-02-22T02:00:00.000Z', '2026-02-28T02:00:00.000Z', '2025-04-30T02:00:00.000Z']));
    expect(keep).not.toContain('2026-02-15T02:00:00.000Z');
    expect(keep).not.toContain('2025-03-31T02:00:00.000Z');
  });

  it('counts weeks from Monday (ISO 8601), so a Sunday and the next Monday are different weeks', () => {
    expect(isoWeekKey(new Date('2026-03-08T23:00:00Z'))).toBe('2026-W10');
    expect(isoWeekKey(new Date('2026-03-09T00:00:00Z'))).toBe('2026-W11');
    const edge = [at('2026-03-08T02:00:00.000Z'), at('2026-03-09T02:00:00.000Z')];
    expect(kept(edge, '2026-03-10T00:00:00Z', { daily: 0, weekly: 2, monthly: 0 })).toEqual(edge.map((b) => b.name));
    expect(kept(edge, '2026-03-10T00:00:00Z', { daily: 0, weekly: 1, monthly: 0 })).toEqual(['2026-03-09T02:00:00.000Z']);
  });

  it('puts the days around New Year in the ISO week of their Thursday', () => {
    expect(isoWeekKey(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // a Friday: 2026 has 53 weeks
    expect(isoWeekKey(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01'); // a Monday
    const newYear = [at('2026-12-31T02:00:00.000Z'), at('2027-01-01T02:00:00.000Z')];
    expect(kept(newYear, '2027-01-02T00:00:00Z', { daily: 0, weekly: 1, monthly: 0 })).toEqual(['2027-01-01T02:00:00.000Z']);
  });

  it('keeps the last backup of each month for 12 months that have one, however far apart', () => {
    const monthly = Array.from({ length: 14 }, (_, i) => at(new Date(Date.UTC(2025, i, 28, 2)).toISOString()));
    const keep = kept(monthly, '2026-03-10T12:00:00Z', { daily: 0, weekly: 0, monthly: 12 });
    expect(keep).toHaveLength(12);
    expect(keep[0]).toBe('2025-03-28T02:00:00.000Z');
    // Months without a backup do not count: a job that stopped for a year keeps its history.
    const gap = [at('2024-01-15T02:00:00.000Z'), at('2026-03-01T02:00:00.000Z')];
    expect(kept(gap, '2026-03-10T12:00:00Z', { daily: 1, weekly: 0, monthly: 2 })).toEqual(gap.map((b) => b.name));
  });

  it('splits months at the first of the month UTC', () => {
    const edge = [at('2026-02-28T23:59:59.000Z'), at('2026-03-01T00:00:00.000Z')];
    expect(kept(edge, '2026-03-10T00:00:00Z', { daily: 0, weekly: 0, monthly: 2 })).toEqual(edge.map((b) => b.name));
    expect(kept(edge, '2026-03-10T00:00:00Z', { daily: 0, weekly: 0, monthly: 1 })).toEqual(['2026-03-01T00:00:00.000Z']);
  });

  it('keeps backups dated after now without counting them, so a clock set back deletes nothing', () => {
    const future = at('2026-03-20T02:00:00.000Z');
    const past = nightly('2026-03-10', 8);
    const keep = kept([future, ...past], '2026-03-10T12:00:00Z', { daily: 7, weekly: 0, monthly: 0 });
    expect(keep).toContain(future.name);
    expect(keep).toEqual([future.name, ...past.slice(0, 7).map((b) => b.name)].sort());
  });

  it('keeps a backup taken exactly now', () => {
    const now = at('2026-03-10T12:00:00.000Z');
    expect(kept([now, ...nightly('2026-03-10', 10)], now.name, { daily: 1, weekly: 0, monthly: 0 })).toEqual([now.name]);
  });
});
