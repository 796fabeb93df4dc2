import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dateTime';
import { dayNumber, linearScale, linePath, stepPath, type Day } from '../goals/chart';
import { CHART_COLOURS, MonthAxis, PercentAxis, TodayLine } from '../goals/ChartAxes';
import { plannedSteps, timelineDomain, type TimelineMilestone } from '../milestones/timeline';
import type { ProgressPoint } from './series';

const W = 720;
const BOX = { left: 44, right: W - 16, top: 20, bottom: 170 };
const H = BOX.bottom + 22;

type ProgressChartProps = {
  points: readonly ProgressPoint[];
  /** The goal's milestones, to draw the planned progress behind the reported one. */
  milestones: readonly TimelineMilestone[];
  startDate?: string | null;
  targetDate?: string | null;
  today: Day;
};

/** The reported percentage over time (line and dots), over the planned progress (dashed). */
export const ProgressChart = ({ points, milestones, startDate, targetDate, today }: ProgressChartProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dayFormat = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const domain = timelineDomain(startDate, targetDate, [...milestones, ...points.map((p) => ({ dueDate: p.day }))], today);
  const x = linearScale([dayNumber(domain[0]), dayNumber(domain[1])], [BOX.left, BOX.right]);
  const y = linearScale([0, 100], [BOX.bottom, BOX.top]);
  const line = points.map((p) => ({ x: x(dayNumber(p.day)), y: y(p.percent) }));
  const planned = milestones.length ? plannedSteps(milestones, domain).map((s) => ({ x: x(dayNumber(s.day)), y: y(s.percent) })) : [];
  const last = points[points.length - 1];
  const summary = last
    ? translate('resources.progress-reports.chart.summary', {
        percent: last.percent,
        day: dayFormat.format(new Date(`${last.day}T12:00:00Z`)),
        count: points.length,
      })
    : translate('resources.progress-reports.chart.empty');

  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="progress-chart-title progress-chart-desc"
        sx={{ width: '100%', maxWidth: W * 1.4, height: 'auto', display: 'block', fontFamily: 'inherit' }}
      >
        <title id="progress-chart-title">{translate('resources.progress-reports.chart.title')}</title>
        <desc id="progress-chart-desc">{summary}</desc>
        <PercentAxis y={y} box={BOX} />
        <MonthAxis x={x} domain={domain} box={BOX} labelY={H - 4} />
        {planned.length > 0 && <path d={stepPath(planned)} fill="none" stroke={CHART_COLOURS.planned} strokeWidth={1.5} strokeDasharray="6 4" />}
        <TodayLine at={x(dayNumber(today))} top={BOX.top} bottom={BOX.bottom} label={translate('resources.milestones.timeline.today')} />
        <path d={linePath(line)} fill="none" stroke={CHART_COLOURS.done} strokeWidth={2.5} />
        {points.map((p, i) => (
          <circle key={p.day} cx={line[i].x} cy={line[i].y} r={4} fill={CHART_COLOURS.done}>
            <title>{`${dayFormat.format(new Date(`${p.day}T12:00:00Z`))}: ${p.percent} %`}</title>
          </circle>
        ))}
      </Box>
      <Typography component="figcaption" variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
        {summary} · {translate('resources.progress-reports.chart.legend')}
      </Typography>
    </Box>
  );
};
