import type { Fixtures } from '../dataset';

/** The back-office lists the benchmark times, as the back office asks for them. */
export type ListCase = { name: string; as: 'admin' | 'mayor'; path: string; sortKey: string };

const list = (resource: string, filter: Record<string, unknown>, sort: [string, 'ASC' | 'DESC'], range: [number, number]) =>
  `/api/backoffice/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}`;

const OPEN = { status: ['pending', 'in_progress'] };

export function benchLists(f: Fixtures, pageSize = 25): ListCase[] {
  const page: [number, number] = [0, pageSize - 1];
  return [
    { name: 'tasks, open, by due date, as admin', as: 'admin', path: list('tasks', OPEN, ['dueDate', 'ASC'], page), sortKey: 'dueDate' },
    { name: 'tasks, same, as mayor', as: 'mayor', path: list('tasks', OPEN, ['dueDate', 'ASC'], page), sortKey: 'dueDate' },
    { name: 'activities, the calendar month', as: 'admin', path: list('activities', { start_lt: f.month.end, end_gt: f.month.start }, ['start', 'ASC'], [0, 499]), sortKey: 'start' },
    { name: 'actors, q search', as: 'admin', path: list('actors', { q: f.actorQuery }, ['name', 'ASC'], page), sortKey: 'name' },
    { name: 'goals', as: 'admin', path: list('goals', {}, ['code', 'ASC'], page), sortKey: 'code' },
    { name: 'audit log of one record', as: 'admin', path: list('audit-logs', { resource: f.historyOf.resource, recordId: f.historyOf.recordId }, ['at', 'DESC'], page), sortKey: 'at' },
  ];
}

/** The same lists at another page size (statements per request must not grow with it). */
export const withPageSize = (f: Fixtures, size: number) => benchLists(f, size).filter((l) => !l.path.includes('activities'));

/**
 * Whether two answers hold the same rows in the same order. Rows that tie on the sort key may
 * come in either order (SQL leaves it open), and a group of ties cut by the page's end may hold
 * different rows: those are compared as sets, the cut group not at all.
 */
export function sameRows(a: Array<Record<string, unknown>>, b: Array<Record<string, unknown>>, key: string): string | null {
  if (a.length !== b.length) return `${a.length} rows ≠ ${b.length}`;
  const groups = (rows: Array<Record<string, unknown>>) => {
    const out: Array<{ key: string; ids: string[] }> = [];
    for (const r of rows) {
      const k = JSON.stringify(r[key] ?? null);
      if (out.at(-1)?.key === k) out.at(-1)!.ids.push(String(r.id));
      else out.push({ key: k, ids: [String(r.id)] });
    }
    return out;
  };
  const ga = groups(a);
  const gb = groups(b);
  if (ga.map((g) => g.key).join() !== gb.map((g) => g.key).join()) return 'the sort keys differ';
  for (let i = 0; i < ga.length - 1; i++) {
    if ([...ga[i].ids].sort().join() !== [...gb[i].ids].sort().join()) return `different rows at ${ga[i].key}`;
  }
  return null;
}
