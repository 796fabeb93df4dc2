/** The benchmark's figures per list, and the targets of issue 13 checked on them. */
export type ListResult = {
  name: string;
  api: { rps: number; p95: number; failures: number };
  floor: { rps: number; p95: number; failures: number };
  rows: number;
  /** On a warm session at a page of 25 and of 500; `cold`: a session's first request (page of 25). */
  statements: { page25: number | null; page500: number | null; cold: number | null };
  /** p95 at the full dataset ÷ at a tenth of it (the API alone). */
  growth: number | null;
};

export const TARGETS = { throughput: 4, p95: 4, statements: 6, growth: 1.5 };

const fmt = (x: number | null, digits = 1) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export type Miss = { list: string; what: string; value: number; target: number };

export function misses(results: ListResult[]): Miss[] {
  const out: Miss[] = [];
  for (const r of results) {
    const slower = r.floor.rps / r.api.rps;
    const p95 = r.api.p95 / r.floor.p95;
    if (!(slower <= TARGETS.throughput)) out.push({ list: r.name, what: 'API ÷ floor, throughput', value: slower, target: TARGETS.throughput });
    if (!(p95 <= TARGETS.p95)) out.push({ list: r.name, what: 'API ÷ floor, p95', value: p95, target: TARGETS.p95 });
    for (const [size, n] of [['25', r.statements.page25], ['500', r.statements.page500]] as const) {
      if (n !== null && n > TARGETS.statements) out.push({ list: r.name, what: `SQL statements, page of ${size}`, value: n, target: TARGETS.statements });
    }
    if (!Number.isFinite(r.api.p95) || !Number.isFinite(r.floor.p95)) out.push({ list: r.name, what: 'no answer within a round', value: NaN, target: 0 });
    if (r.growth !== null && !(r.growth <= TARGETS.growth)) out.push({ list: r.name, what: 'p95 at 10× the data ÷ at 1×', value: r.growth, target: TARGETS.growth });
    if (r.api.failures) out.push({ list: r.name, what: 'API errors, non-2xx and timeouts', value: r.api.failures, target: 0 });
  }
  return out;
}

/** The table of the issue, in Markdown. */
export function table(results: ListResult[]): string {
  const head = ['list (30 connections)', 'rows', 'API ÷ floor, throughput', 'API ÷ floor, p95', 'API req/s', 'API p95', 'floor p95', 'SQL/request (25 · 500 · first)', 'p95 10× ÷ 1×'];
  const lines = results.map((r) => [
    r.name,
    String(r.rows),
    `${fmt(r.floor.rps / r.api.rps)}×`,
    `${fmt(r.api.p95 / r.floor.p95)}×`,
    fmt(r.api.rps, 0),
    `${fmt(r.api.p95, 0)} ms${r.api.failures ? ` (${r.api.failures} failed)` : ''}`,
    `${fmt(r.floor.p95, 1)} ms`,
    `${r.statements.page25 ?? '–'} · ${r.statements.page500 ?? '–'} · ${r.statements.cold ?? '–'}`,
    r.growth === null || !Number.isFinite(r.growth) ? 'no answer' : `${fmt(r.growth, 2)}×`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  return [row(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(row)].join('\n');
}
