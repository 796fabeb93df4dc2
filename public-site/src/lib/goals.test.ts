import { GOAL_HEALTHS } from '@sigobito/config/contracts';
import {
  budgetExecutionPercent,
  chartSummary,
  clampPercent,
  countByHealth,
  DEFAULT_CHART_BOX,
  filterCode,
  formatIndicatorValue,
  formatMoney,
  formatNumber,
  formatPercent,
  goalCount,
  healthDescriptions,
  healthLabel,
  healthLabels,
  healthSymbols,
  knownHealth,
  milestoneStateLabels,
  milestoneStateSymbols,
  progressChart,
  progressText,
  toNumber,
} from './goals';

/** Intl and these helpers use no-break spaces: compare with plain ones. */
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('labels', () => {
  it('names every health state in words, with its own symbol and explanation', () => {
    expect(GOAL_HEALTHS.map((h) => healthLabels[h])).toEqual(['En curso', 'En riesgo', 'Con retraso', 'Cumplida']);
    expect(new Set(GOAL_HEALTHS.map((h) => healthSymbols[h])).size).toBe(4);
    for (const h of GOAL_HEALTHS) expect(healthDescriptions[h].length).toBeGreaterThan(10);
  });

  it('names the milestone states', () => {
    expect(milestoneStateLabels).toEqual({ done: 'Cumplido', upcoming: 'Próximo', late: 'Vencido' });
    expect(new Set(Object.values(milestoneStateSymbols)).size).toBe(3);
  });

  it('falls back to the code for a state it does not know, shown as at risk', () => {
    expect(healthLabel('delayed')).toBe('Con retraso');
    expect(healthLabel('paused')).toBe('paused');
    for (const inherited of Object.getOwnPropertyNames(Object.prototype)) expect(healthLabel(inherited)).toBe(inherited);
    expect(knownHealth('completed')).toBe('completed');
    expect(knownHealth('paused')).toBe('at_risk');
  });
});

describe('numbers', () => {
  it('reads decimals given as numbers or strings', () => {
    expect(toNumber(12.5)).toBe(12.5);
    expect(toNumber('1250000.00')).toBe(1250000);
    expect(toNumber('')).toBeNull();
    expect(toNumber(null)).toBeNull();
    expect(toNumber('abc')).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
  });

  it('writes numbers the Panamanian way', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(2.25, 0)).toBe('2');
  });

  it('writes percentages with one decimal at most and a no-break space', () => {
    expect(formatPercent(35)).toBe('35\u00a0%');
    expect(plain(formatPercent(35.5))).toBe('35.5 %');
    expect(plain(formatPercent(33.333))).toBe('33.3 %');
  });

  it('clamps bar widths to 0–100', () => {
    expect(clampPercent(135)).toBe(100);
    expect(clampPercent(-3)).toBe(0);
    expect(clampPercent('42.5')).toBe(42.5);
    expect(clampPercent(null)).toBe(0);
  });

  it('says the real and the planned progress in words', () => {
    expect(plain(progressText(35, 50))).toBe('Avance real 35 % · planificado 50 %');
    expect(plain(progressText(12.5, null))).toBe('Avance real 12.5 % · planificado 0 %');
  });
});

describe('money', () => {
  it('writes balboas with B/. and two decimals', () => {
    expect(plain(formatMoney(1250000))).toBe('B/. 1,250,000.00');
    expect(plain(formatMoney('980.5'))).toBe('B/. 980.50');
    expect(plain(formatMoney(0))).toBe('B/. 0.00');
  });

  it('writes dollars with their code', () => {
    expect(plain(formatMoney(1250000, 'USD'))).toBe('USD 1,250,000.00');
  });

  it('gives null when there is no amount', () => {
    expect(formatMoney(null)).toBeNull();
    expect(formatMoney(undefined)).toBeNull();
  });

  it('computes how much of the budget is executed', () => {
    expect(budgetExecutionPercent(1000, 333)).toBe(33.3);
    expect(budgetExecutionPercent('2000', '2000')).toBe(100);
    expect(budgetExecutionPercent(0, 10)).toBeNull();
    expect(budgetExecutionPercent(1000, null)).toBeNull();
  });
});

describe('formatIndicatorValue', () => {
  it('writes the value with its unit', () => {
    expect(plain(formatIndicatorValue(1200, 'conexiones'))).toBe('1,200 conexiones');
    expect(plain(formatIndicatorValue('35.50', '%'))).toBe('35.5 %');
    expect(formatIndicatorValue(7, null)).toBe('7');
    expect(formatIndicatorValue(7, '  ')).toBe('7');
  });

  it('gives null when there is no value', () => {
    expect(formatIndicatorValue(null, 'km')).toBeNull();
  });
});

describe('countByHealth', () => {
  it('counts the goals in each state', () => {
    const goals = ['on_track', 'delayed', 'on_track', 'completed', 'mystery'].map((health) => ({ health }));
    expect(countByHealth(goals)).toEqual({ on_track: 2, at_risk: 1, delayed: 1, completed: 1 });
    expect(countByHealth([])).toEqual({ on_track: 0, at_risk: 0, delayed: 0, completed: 0 });
  });

  it('says how many goals in words', () => {
    expect(goalCount(1)).toBe('1 meta');
    expect(goalCount(0)).toBe('0 metas');
    expect(goalCount(1200)).toBe('1,200 metas');
  });
});

describe('filterCode', () => {
  it('keeps codes the CMS accepts and drops the rest', () => {
    expect(filterCode('AGUA')).toBe('AGUA');
    expect(filterCode(' san-jose ')).toBe('san-jose');
    expect(filterCode('')).toBeUndefined();
    expect(filterCode(null)).toBeUndefined();
    expect(filterCode('a b')).toBeUndefined();
    expect(filterCode('x'.repeat(65))).toBeUndefined();
  });
});

describe('progressChart', () => {
  const box = { width: 200, height: 120, top: 10, right: 0, bottom: 10, left: 0 };

  it('places the reports across time and percent up', () => {
    const chart = progressChart(
      [
        { date: '2026-03-01T05:00:00.000Z', percent: 50 },
        { date: '2026-01-01T05:00:00.000Z', percent: 0 },
        { date: '2026-05-01T05:00:00.000Z', percent: 100 },
      ],
      box,
    )!;
    // January to March is 59 days, March to May 61: x follows the dates.
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      [0, 110],
      [98.3, 60],
      [200, 10],
    ]);
    expect(chart.path).toBe('M0,110 L98.3,60 L200,10');
    expect(chart.gridlines).toEqual([
      { percent: 0, y: 110 },
      { percent: 50, y: 60 },
      { percent: 100, y: 10 },
    ]);
  });

  it('leaves out reports without a percent or a date, and clamps the rest', () => {
    const chart = progressChart(
      [
        { date: '2026-01-01T05:00:00.000Z', percent: null },
        { date: 'not a date', percent: 10 },
        { date: '2026-02-01T05:00:00.000Z', percent: 140 },
        { date: '2026-03-01T05:00:00.000Z', percent: '20' },
      ],
      box,
    )!;
    expect(chart.points.map((p) => [p.x, p.y, p.percent])).toEqual([
      [0, 10, 140],
      [200, 90, 20],
    ]);
  });

  it('puts a single report in the middle', () => {
    const chart = progressChart([{ date: '2026-01-01T05:00:00.000Z', percent: 25 }], box)!;
    expect(chart.path).toBe('M100,85');
  });

  it('gives null when there is nothing to draw', () => {
    expect(progressChart([])).toBeNull();
    expect(progressChart([{ date: '2026-01-01T05:00:00.000Z', percent: null }])).toBeNull();
  });

  it('says what the chart shows in words', () => {
    const day = (iso: string) => iso.slice(0, 10);
    const two = progressChart([
      { date: '2026-01-31T05:00:00.000Z', percent: 10 },
      { date: '2026-03-01T05:00:00.000Z', percent: null },
      { date: '2026-06-30T05:00:00.000Z', percent: 35.5 },
    ])!;
    expect(plain(chartSummary(two, day))).toBe('2 informes de avance, del 10 % (2026-01-31) al 35.5 % (2026-06-30).');
    const one = progressChart([{ date: '2026-01-31T05:00:00.000Z', percent: 10 }])!;
    expect(plain(chartSummary(one, day))).toBe('Un informe de avance: 10 % (2026-01-31).');
  });

  it('uses a default box', () => {
    expect(progressChart([{ date: '2026-01-01T05:00:00.000Z', percent: 0 }])!.box).toBe(DEFAULT_CHART_BOX);
  });
});
