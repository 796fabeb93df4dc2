/**
 * The communication reports as the page shows them. `GET /reports/communications` counts the
 * communications of a period by month, theme, place and status; `GET /reports/untold` lists the
 * goals and milestones achieved that no communication told. The readers accept a count as a
 * list of rows (`[{ month, count }]`, `[{ id, name, count }]`) or as an object keyed by what is
 * counted (`{ "2026-11": 4 }`), so the page does not break on either. Pure.
 */

export type CountRow = { key: string; label: string; count: number; id?: string };

export type CommunicationsReport = {
  byMonth: CountRow[];
  byTheme: CountRow[];
  byPlace: CountRow[];
  byStatus: CountRow[];
  total: number;
};

export type UntoldRow = { kind: 'goal' | 'milestone'; id: string; title: string; goalId?: string; goalLabel?: string; achievedAt?: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/** The rows of one count: a list of rows, or an object keyed by what is counted. */
export const countRows = (value: unknown, keyField: string): CountRow[] => {
  if (Array.isArray(value)) {
    return value.filter(isObject).map((row) => {
      const key = str(row[keyField]) ?? str(row.id) ?? str(row.code) ?? '';
      return { key, label: str(row.name) ?? str(row.label) ?? key, count: num(row.count), ...(str(row.id) ? { id: str(row.id) } : {}) };
    });
  }
  if (isObject(value)) return Object.entries(value).map(([key, count]) => ({ key, label: key, count: num(count) }));
  return [];
};

/** The report's four counts, whatever spelling of a count the API used. */
export const readCommunicationsReport = (json: unknown): CommunicationsReport => {
  const body = isObject(json) ? json : {};
  const byMonth = countRows(body.byMonth ?? body.months, 'month').sort((a, b) => a.key.localeCompare(b.key));
  const byStatus = countRows(body.byStatus ?? body.statuses, 'status');
  const total = typeof body.total === 'number' ? body.total : [...byStatus].reduce((sum, row) => sum + row.count, 0) || byMonth.reduce((sum, row) => sum + row.count, 0);
  const byCount = (a: CountRow, b: CountRow) => b.count - a.count || a.label.localeCompare(b.label);
  return {
    byMonth,
    byTheme: countRows(body.byTheme ?? body.themes, 'theme').sort(byCount),
    byPlace: countRows(body.byPlace ?? body.places, 'place').sort(byCount),
    byStatus,
    total,
  };
};

const goalOf = (row: Record<string, unknown>): { goalId?: string; goalLabel?: string } => {
  const goal = row.goal;
  if (isObject(goal)) {
    const code = str(goal.code);
    const title = str(goal.title) ?? '';
    return { goalId: str(goal.id), goalLabel: code ? `${code} · ${title}` : title };
  }
  return { goalId: str(goal) };
};

const untoldOf = (kind: UntoldRow['kind'], row: Record<string, unknown>): UntoldRow => ({
  kind,
  id: str(row.id) ?? '',
  title: [kind === 'goal' ? str(row.code) : undefined, str(row.title) ?? ''].filter(Boolean).join(' · '),
  ...(kind === 'milestone' ? goalOf(row) : { goalId: str(row.id) }),
  achievedAt: str(row.completedAt) ?? str(row.achievedAt) ?? str(row.at),
});

/** The untold achievements, newest first: `{ goals, milestones }`, or one list whose rows say their `kind`. */
export const readUntold = (json: unknown): UntoldRow[] => {
  const rows: UntoldRow[] = [];
  if (Array.isArray(json)) {
    for (const row of json.filter(isObject)) rows.push(untoldOf(row.kind === 'goal' ? 'goal' : 'milestone', row));
  } else if (isObject(json)) {
    for (const row of (Array.isArray(json.goals) ? json.goals : []).filter(isObject)) rows.push(untoldOf('goal', row));
    for (const row of (Array.isArray(json.milestones) ? json.milestones : []).filter(isObject)) rows.push(untoldOf('milestone', row));
  }
  return rows.sort((a, b) => (b.achievedAt ?? '').localeCompare(a.achievedAt ?? ''));
};

/** The default period of the report: the current year, up to today (days in the municipality). */
export const defaultPeriod = (today: string): { from: string; to: string } => ({ from: `${today.slice(0, 4)}-01-01`, to: today });

/** A month key ("2026-11") as people read it ("noviembre de 2026"). */
export const monthLabel = (key: string, locale: string): string => {
  if (!/^\d{4}-\d{2}$/.test(key)) return key;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-15T12:00:00Z`));
};
