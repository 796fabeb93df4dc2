import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import type { ReferenceLineProps, XAxisProps, YAxisProps } from 'recharts';
import { intlLocale } from '../common/dateTime';
import { dayTime, monthTicks, type Day } from './chart';

/*
 * What the recharts charts over time (milestone timeline, reported progress) share. Recharts
 * only reads its own elements among a chart's children, so these are props to spread onto
 * <XAxis>, <YAxis> and <ReferenceLine>, not wrapper components.
 */

export const CHART_COLOURS = {
  axis: '#757575',
  grid: '#e0e0e0',
  planned: '#616161',
  done: '#1565c0',
  today: '#e65100',
  late: '#c62828',
  doneMarker: '#2e7d32',
  pending: '#546e7a',
} as const;

const TICK = { fontSize: 11, fill: CHART_COLOURS.axis };

/** A time axis over the domain's days, with a short label ("mar 26") at the first day of each month. */
export const useTimeAxis = (domain: [Day, Day]): XAxisProps => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', month: 'short', year: '2-digit' });
  return {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain: [dayTime(domain[0]), dayTime(domain[1])],
    // Each series brings its own points: the tooltip finds them by their time, not their index.
    allowDuplicatedCategory: false,
    ticks: monthTicks(domain[0], domain[1]).map(dayTime),
    tickFormatter: (time: number) => format.format(new Date(time)),
    tick: TICK,
    tickLine: false,
    axisLine: false,
  };
};

/** The percentage axis: grid lines and labels at 0, 50 and 100 %. */
export const PERCENT_AXIS: YAxisProps = {
  type: 'number',
  domain: [0, 100],
  ticks: [0, 50, 100],
  tickFormatter: (value: number) => `${value} %`,
  tick: TICK,
  tickLine: false,
  axisLine: false,
  width: 52,
};

/** The vertical "hoy" line. */
export const todayLine = (today: Day, label: string): Omit<ReferenceLineProps, 'ref'> => ({
  x: dayTime(today),
  stroke: CHART_COLOURS.today,
  strokeWidth: 1.5,
  strokeDasharray: '4 3',
  label: { value: label, position: 'top', fontSize: 11, fontWeight: 600, fill: CHART_COLOURS.today },
});

/** The box a chart's tooltip shows: a heading (the day) and a few lines. */
export const ChartTooltipCard = ({ heading, children }: { heading: string; children: ReactNode }) => (
  <Paper variant="outlined" sx={{ px: 1.5, py: 1, maxWidth: 320 }}>
    <Typography variant="subtitle2" component="p">
      {heading}
    </Typography>
    {children}
  </Paper>
);
