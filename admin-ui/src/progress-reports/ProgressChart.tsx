import { useId } from 'react';
import { useFormatDay } from '../common/useFormatDay';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dayFromTime, onTimeAxis, type Day } from '../goals/chart';
import { CHART_COLOURS, ChartTooltipCard, PERCENT_AXIS, todayLine, useTimeAxis } from '../goals/ChartAxes';
import { plannedSteps, stepValueAt, timelineDomain, type TimelineMilestone } from '../milestones/timeline';
import type { ProgressPoint } from './series';

const HEIGHT = 220;

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
  const captionId = useId();
  const formatDay = useFormatDay();
  const domain = timelineDomain(startDate, targetDate, [...milestones, ...points.map((p) => ({ dueDate: p.day }))], today);
  const timeAxis = useTimeAxis(domain);
  const planned = milestones.length ? plannedSteps(milestones, domain) : [];
  const title = translate('resources.progress-reports.chart.title');
  const last = points[points.length - 1];
  const summary = last
    ? translate('resources.progress-reports.chart.summary', { percent: last.percent, day: formatDay(last.day), count: points.length })
    : translate('resources.progress-reports.chart.empty');

  const tooltip = (time: unknown) => {
    if (typeof time !== 'number') return null;
    const day = dayFromTime(time);
    const reported = points.find((p) => p.day === day)?.percent;
    const plannedNow = stepValueAt(planned, day);
    return (
      <ChartTooltipCard heading={formatDay(day)}>
        {reported != null && <Typography variant="body2">{`${translate('resources.goals.progress.actual')}: ${reported} %`}</Typography>}
        {plannedNow != null && <Typography variant="body2">{`${translate('resources.goals.progress.planned')}: ${plannedNow} %`}</Typography>}
      </ChartTooltipCard>
    );
  };

  return (
    <Box component="figure" aria-label={title} aria-describedby={captionId} sx={{ m: 0 }}>
      <Box sx={{ width: '100%', maxWidth: 1000, height: HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart margin={{ top: 20, right: 16, bottom: 0, left: 0 }} accessibilityLayer title={title}>
            <CartesianGrid stroke={CHART_COLOURS.grid} />
            <XAxis {...timeAxis} />
            <YAxis {...PERCENT_AXIS} />
            {planned.length > 0 && (
              <Line
                data={onTimeAxis(planned)}
                dataKey="percent"
                name={translate('resources.goals.progress.planned')}
                type="stepAfter"
                stroke={CHART_COLOURS.planned}
                strokeWidth={1.5}
                strokeDasharray="6 4"
                dot={false}
                activeDot={false}
                isAnimationActive={false}
              />
            )}
            <ReferenceLine {...todayLine(today, translate('resources.milestones.timeline.today'))} />
            <Line
              data={onTimeAxis(points)}
              dataKey="percent"
              name={translate('resources.goals.progress.actual')}
              type="linear"
              stroke={CHART_COLOURS.done}
              strokeWidth={2.5}
              dot={{ r: 4, fill: CHART_COLOURS.done, strokeWidth: 0 }}
              activeDot={{ r: 6 }}
              isAnimationActive={false}
            />
            <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      <Typography id={captionId} component="figcaption" variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
        {summary} · {translate('resources.progress-reports.chart.legend')}
      </Typography>
    </Box>
  );
};
