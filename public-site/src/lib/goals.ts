/**
 * The government's goals for people: health and milestone labels, numbers, money and
 * percentages in the Spanish of Panama, and the geometry of the progress chart. Pure: no Astro,
 * no fetch.
 */
import { GOAL_HEALTH_LABELS, isGoalHealth, labelsIn, type GoalHealth } from '@sigobito/config/contracts';
import type { MilestoneState } from './cms';

const LOCALE = 'es-PA';
/** Keeps "35 %" and "1,200 m²" on one line. */
const NBSP = '\u00a0';

export const healthLabels = labelsIn(GOAL_HEALTH_LABELS, 'es');

/** A shape beside the label, so that states differ by more than colour even at a glance. */
export const healthSymbols: Record<GoalHealth, string> = {
  on_track: '●',
  at_risk: '▲',
  delayed: '■',
  completed: '✓',
};

/** What each state means, as the CMS computes it (`goalHealth`, @sigobito/config/contracts). */
export const healthDescriptions: Record<GoalHealth, string> = {
  on_track: 'Los hitos cuya fecha ya llegó están cumplidos y el avance real sigue al planificado.',
  at_risk:
    'Ningún hito está vencido, pero el avance real va por detrás del planificado, hay una restricción grave sin resolver, un hito vence pronto sin reporte de avance reciente o la meta aún no tiene hitos.',
  delayed: 'Al menos un hito pasó su fecha sin cumplirse.',
  completed: 'Todos los hitos de la meta están cumplidos.',
};

/** The goal's own stage, set by the office (not computed). */
export const goalStatusLabels: Record<string, string> = {
  programmed: 'Programada',
  in_execution: 'En ejecución',
  completed: 'Finalizada',
};

export const milestoneStateLabels: Record<MilestoneState, string> = {
  done: 'Cumplido',
  upcoming: 'Próximo',
  late: 'Vencido',
};

/** Shapes for the milestone states, beside their labels. */
export const milestoneStateSymbols: Record<MilestoneState, string> = {
  done: '✓',
  upcoming: '○',
  late: '!',
};

/** The label of a health state the site may not know yet, rather than nothing. */
export const healthLabel = (health: string): string => (Object.hasOwn(healthLabels, health) ? healthLabels[health as GoalHealth] : health);

/** A health state the site knows, for class names and symbols; unknown ones read as "at risk". */
export const knownHealth = (health: string): GoalHealth =>
  isGoalHealth(health) ? health : 'at_risk';

/** Decimals come as numbers or, from some databases, as strings: null when there is no number. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** "1,234.5": Panama writes thousands with commas and decimals with a point. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  let f = numberFormats.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(maxFractionDigits, f);
  }
  // -0 would print as "-0".
  return f.format(value === 0 ? 0 : value);
}

/** "35 %", "35.5 %" (one decimal at most, as the CMS computes them). */
export function formatPercent(value: number): string {
  return `${formatNumber(value, 1)}${NBSP}%`;
}

/** A width for a bar: 0–100, whatever the data says. */
export function clampPercent(value: unknown): number {
  const n = toNumber(value);
  if (n === null) return 0;
  return Math.min(100, Math.max(0, n));
}

/** "Avance real 35 % · planificado 50 %". */
export function progressText(actualPercent: unknown, plannedPercent: unknown): string {
  return `Avance real ${formatPercent(clampPercent(actualPercent))} · planificado ${formatPercent(clampPercent(plannedPercent))}`;
}

/** Money is written by the one formatter the back office uses too. */
export { formatMoney, type Currency } from '@sigobito/config/contracts';

/** How much of the planned budget has been executed, in percent (one decimal); null when unknown. */
export function budgetExecutionPercent(planned: unknown, executed: unknown): number | null {
  const p = toNumber(planned);
  const e = toNumber(executed);
  if (p === null || e === null || p <= 0) return null;
  return Math.round((e / p) * 1000) / 10;
}

/** "1,200 conexiones", "35 %", "12.5" (no unit); null when there is no value. */
export function formatIndicatorValue(value: unknown, unit: string | null | undefined): string | null {
  const n = toNumber(value);
  if (n === null) return null;
  const u = unit?.trim();
  if (!u) return formatNumber(n);
  return `${formatNumber(n)}${NBSP}${u}`;
}

export type HealthCounts = Record<GoalHealth, number>;

/** How many goals are in each state (unknown states count as "at risk", as they are shown). */
export function countByHealth(goals: readonly { health: string }[]): HealthCounts {
  const counts: HealthCounts = { on_track: 0, at_risk: 0, delayed: 0, completed: 0 };
  for (const g of goals) counts[knownHealth(g.health)] += 1;
  return counts;
}

/** "1 meta", "3 metas". */
export const goalCount = (n: number): string => `${formatNumber(n, 0)} ${n === 1 ? 'meta' : 'metas'}`;

/** A theme or place code as the CMS accepts it in a filter; anything else is ignored. */
export function filterCode(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined;
}

export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export const DEFAULT_CHART_BOX: ChartBox = { width: 600, height: 180, top: 12, right: 16, bottom: 30, left: 48 };

export type ChartPoint = { x: number; y: number; percent: number; date: string };

export type ProgressChart = {
  box: ChartBox;
  /** An SVG path through the points, in date order ("M48,160 L300,120 …"). */
  path: string;
  points: ChartPoint[];
  /** Horizontal guide lines at 0 %, 50 % and 100 %. */
  gridlines: { percent: number; y: number }[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The geometry of the progress chart: percent (0–100, clamped) up, time across (proportional
 * to the dates, so that a long silence looks long). Reports without a percent or a valid date
 * are left out; null when none is left.
 */
export function progressChart(
  reports: readonly { date: string; percent: unknown }[],
  box: ChartBox = DEFAULT_CHART_BOX,
): ProgressChart | null {
  const valid = reports
    .map((r) => ({ date: r.date, time: Date.parse(r.date), percent: toNumber(r.percent) }))
    .filter((r): r is { date: string; time: number; percent: number } => r.percent !== null && Number.isFinite(r.time))
    .sort((a, b) => a.time - b.time);
  if (valid.length === 0) return null;

  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const first = valid[0].time;
  const span = valid[valid.length - 1].time - first;
  const xOf = (time: number) => round1(span > 0 ? box.left + ((time - first) / span) * plotWidth : box.left + plotWidth / 2);
  const yOf = (percent: number) => round1(box.top + (1 - Math.min(100, Math.max(0, percent)) / 100) * plotHeight);

  const points = valid.map((r) => ({ x: xOf(r.time), y: yOf(r.percent), percent: r.percent, date: r.date }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  return { box, path, points, gridlines: [0, 50, 100].map((percent) => ({ percent, y: yOf(percent) })) };
}

/**
 * The chart's text alternative: "4 informes de avance, del 10 % (31 de enero de 2026) al 35 %
 * (30 de junio de 2026)". `formatDay` writes a report's date for people.
 */
export function chartSummary(chart: ProgressChart, formatDay: (iso: string) => string): string {
  const { points } = chart;
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `Un informe de avance: ${formatPercent(first.percent)} (${formatDay(first.date)}).`;
  return `${formatNumber(points.length, 0)} informes de avance, del ${formatPercent(first.percent)} (${formatDay(first.date)}) al ${formatPercent(last.percent)} (${formatDay(last.date)}).`;
}

