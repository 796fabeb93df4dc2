import { useId, type ReactNode } from 'react';
import { useFormatDay } from '../common/useFormatDay';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { toWallDate } from '../agenda/zonedTime';
import { dayFromTime, dayTime, onTimeAxis, type Day } from '../goals/chart';
import { CHART_COLOURS, ChartTooltipCard, PERCENT_AXIS, todayLine, useTimeAxis } from '../goals/ChartAxes';
import { doneSteps, labelRows, markerKind, plannedSteps, stepValueAt, timelineDomain, type MarkerKind, type TimelineMilestone } from './timeline';
import type { Milestone } from './types';

const HEIGHT = 270;
/** The milestones sit on a lane below the 0 % line, with their numbers under them. */
const LANE = -14;
const PERCENT_DOMAIN: [number, number] = [-36, 100];

const FILL: Record<MarkerKind, string> = { done: CHART_COLOURS.doneMarker, late: CHART_COLOURS.late, pending: '#ffffff' };
const STROKE: Record<MarkerKind, string> = { done: CHART_COLOURS.doneMarker, late: CHART_COLOURS.late, pending: CHART_COLOURS.pending };

/** A circle, or a diamond with a heavier outline for critical milestones. */
const Marker = ({ x, y, kind, critical, size = 7 }: { x: number; y: number; kind: MarkerKind; critical: boolean; size?: number }) =>
  critical ? (
    <rect
      x={x - size}
      y={y - size}
      width={size * 2}
      height={size * 2}
      transform={`rotate(45 ${x} ${y})`}
      fill={FILL[kind]}
      stroke="#212121"
      strokeWidth={2.5}
    />
  ) : (
    <circle cx={x} cy={y} r={size} fill={FILL[kind]} stroke={STROKE[kind]} strokeWidth={2} />
  );

const LegendSwatch = ({ children, label }: { children: ReactNode; label: string }) => (
  <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
    <svg width={22} height={16} aria-hidden>
      {children}
    </svg>
    <Typography variant="caption">{label}</Typography>
  </Stack>
);

/** One point of the milestones' scatter: where the marker goes and what it shows. */
type MarkerPoint = { t: number; lane: number; milestone: TimelineMilestone; kind: MarkerKind; row: 0 | 1; description: string };

/** The scatter's shape: the marker, its number below it, and its description for pointer users. */
const MarkerShape = ({ cx, cy, payload }: { cx?: number; cy?: number; payload?: MarkerPoint }) => {
  if (cx == null || cy == null || !payload) return <g />;
  const { milestone, kind, row, description } = payload;
  return (
    <g data-testid={`timeline-milestone-${milestone.order}`}>
      <title>{description}</title>
      <Marker x={cx} y={cy} kind={kind} critical={!!milestone.critical} />
      <text x={cx} y={cy + 22 + row * 11} textAnchor="middle" fontSize={11} fontWeight={600} fill="#212121">
        {milestone.order}
      </text>
    </g>
  );
};

type MilestoneTimelineProps = {
  startDate?: string | null;
  targetDate?: string | null;
  milestones: readonly Milestone[];
  timeZone: string;
  today: Day;
};

/**
 * The goal's critical path: x runs from the start to the target date; each milestone sits at
 * its due date (filled when done, red when late, a diamond when critical); the lines show the
 * planned and the done share of the goal's weight over time; a vertical line marks today.
 */
export const MilestoneTimeline = ({ startDate, targetDate, milestones, timeZone, today }: MilestoneTimelineProps) => {
  const translate = useTranslate();
  const captionId = useId();
  const formatDay = useFormatDay();

  const items: TimelineMilestone[] = milestones.map((m) => ({
    id: m.id,
    order: m.order,
    title: m.title,
    dueDate: String(m.dueDate).slice(0, 10),
    weight: m.weight,
    status: m.status,
    critical: m.critical,
    late: m.late,
    doneDay: m.completedAt ? toWallDate(m.completedAt, timeZone) : null,
  }));
  const domain = timelineDomain(startDate, targetDate, items, today);
  const timeAxis = useTimeAxis(domain);
  const planned = plannedSteps(items, domain);
  const done = doneSteps(items, domain[0], today);
  const plannedNow = stepValueAt(planned, today) ?? 0;
  const doneNow = done[done.length - 1]?.percent ?? 0;
  const title = translate('resources.milestones.timeline.title');
  const summary = translate('resources.milestones.timeline.summary', { planned: plannedNow, done: doneNow, count: items.length });

  const rows = labelRows(
    items.map((m) => m.dueDate),
    domain,
  );
  const markers: MarkerPoint[] = items.map((m, i) => {
    const kind = markerKind(m);
    const status = translate(kind === 'late' ? 'resources.milestones.timeline.late' : `resources.milestones.statuses.${m.status}`);
    const description =
      translate('resources.milestones.timeline.marker', { order: m.order, title: m.title, day: formatDay(m.dueDate), status }) +
      (m.critical ? ` — ${translate('resources.milestones.fields.critical')}` : '');
    return { t: dayTime(m.dueDate), lane: LANE, milestone: m, kind, row: rows[i], description };
  });

  const tooltip = (time: unknown) => {
    if (typeof time !== 'number') return null;
    const day = dayFromTime(time);
    const plannedThen = stepValueAt(planned, day);
    const doneThen = stepValueAt(done, day);
    return (
      <ChartTooltipCard heading={formatDay(day)}>
        {plannedThen != null && <Typography variant="body2">{`${translate('resources.milestones.timeline.planned')}: ${plannedThen} %`}</Typography>}
        {doneThen != null && <Typography variant="body2">{`${translate('resources.milestones.timeline.done')}: ${doneThen} %`}</Typography>}
        {markers
          .filter((m) => m.milestone.dueDate === day)
          .map((m) => (
            <Typography key={m.milestone.id} variant="body2" sx={{ mt: 0.5 }}>
              {m.description}
            </Typography>
          ))}
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
            <YAxis {...PERCENT_AXIS} domain={PERCENT_DOMAIN} />
            <ReferenceLine y={LANE} stroke={CHART_COLOURS.axis} />
            <Line
              data={onTimeAxis(planned)}
              dataKey="percent"
              name={translate('resources.milestones.timeline.planned')}
              type="stepAfter"
              stroke={CHART_COLOURS.planned}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
            <Line
              data={onTimeAxis(done)}
              dataKey="percent"
              name={translate('resources.milestones.timeline.done')}
              type="stepAfter"
              stroke={CHART_COLOURS.done}
              strokeWidth={3}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
            <ReferenceLine {...todayLine(today, translate('resources.milestones.timeline.today'))} />
            <Scatter data={markers} dataKey="lane" shape={<MarkerShape />} isAnimationActive={false} />
            <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      <Stack component="figcaption" sx={{ mt: 1 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
          <LegendSwatch label={translate('resources.milestones.timeline.planned')}>
            <line x1={1} x2={21} y1={8} y2={8} stroke={CHART_COLOURS.planned} strokeWidth={2} strokeDasharray="6 4" />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.done')}>
            <line x1={1} x2={21} y1={8} y2={8} stroke={CHART_COLOURS.done} strokeWidth={3} />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.today')}>
            <line x1={11} x2={11} y1={0} y2={16} stroke={CHART_COLOURS.today} strokeWidth={1.5} strokeDasharray="4 3" />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.marker_done')}>
            <Marker x={11} y={8} kind="done" critical={false} size={5} />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.marker_late')}>
            <Marker x={11} y={8} kind="late" critical={false} size={5} />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.marker_pending')}>
            <Marker x={11} y={8} kind="pending" critical={false} size={5} />
          </LegendSwatch>
          <LegendSwatch label={translate('resources.milestones.timeline.marker_critical')}>
            <Marker x={11} y={8} kind="pending" critical size={4.5} />
          </LegendSwatch>
        </Stack>
        <Typography id={captionId} variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {summary}
        </Typography>
      </Stack>
    </Box>
  );
};
