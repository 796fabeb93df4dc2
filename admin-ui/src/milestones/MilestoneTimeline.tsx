import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { toWallDate } from '../agenda/zonedTime';
import { intlLocale } from '../common/dateTime';
import { dayNumber, linearScale, stepPath, type Day } from '../goals/chart';
import { CHART_COLOURS, MonthAxis, PercentAxis, TodayLine } from '../goals/ChartAxes';
import { doneSteps, markerKind, plannedSteps, timelineDomain, type MarkerKind, type TimelineMilestone } from './timeline';
import type { Milestone } from './types';

const W = 720;
const BOX = { left: 44, right: W - 16, top: 20, bottom: 160 };
const LANE_Y = BOX.bottom + 24;
const H = LANE_Y + 44;

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
  const [locale] = useLocaleState();
  const dayFormat = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const formatDay = (day: string) => dayFormat.format(new Date(`${day}T12:00:00Z`));

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
  const x = linearScale([dayNumber(domain[0]), dayNumber(domain[1])], [BOX.left, BOX.right]);
  const y = linearScale([0, 100], [BOX.bottom, BOX.top]);
  const toPoints = (steps: Array<{ day: Day; percent: number }>) => steps.map((s) => ({ x: x(dayNumber(s.day)), y: y(s.percent) }));
  const planned = plannedSteps(items, domain);
  const done = doneSteps(items, domain[0], today);
  const plannedNow = [...planned].reverse().find((s) => s.day <= today)?.percent ?? 0;
  const doneNow = done[done.length - 1]?.percent ?? 0;
  const summary = translate('resources.milestones.timeline.summary', { planned: plannedNow, done: doneNow, count: items.length });

  // Numbers of milestones due close together alternate between two rows.
  let previousX = -Infinity;
  let row = 0;
  const labelRows = items.map((m) => {
    const at = x(dayNumber(m.dueDate));
    row = at - previousX < 16 ? 1 - row : 0;
    previousX = at;
    return row;
  });

  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="milestone-timeline-title milestone-timeline-desc"
        sx={{ width: '100%', maxWidth: W * 1.4, height: 'auto', display: 'block', fontFamily: 'inherit' }}
      >
        <title id="milestone-timeline-title">{translate('resources.milestones.timeline.title')}</title>
        <desc id="milestone-timeline-desc">{summary}</desc>
        <PercentAxis y={y} box={BOX} />
        <MonthAxis x={x} domain={domain} box={{ ...BOX, bottom: LANE_Y }} labelY={H - 4} />
        <line x1={BOX.left} x2={BOX.right} y1={LANE_Y} y2={LANE_Y} stroke={CHART_COLOURS.axis} />
        <path d={stepPath(toPoints(planned))} fill="none" stroke={CHART_COLOURS.planned} strokeWidth={2} strokeDasharray="6 4" />
        <path d={stepPath(toPoints(done))} fill="none" stroke={CHART_COLOURS.done} strokeWidth={3} />
        <TodayLine at={x(dayNumber(today))} top={BOX.top} bottom={LANE_Y + 10} label={translate('resources.milestones.timeline.today')} />
        {items.map((m, i) => {
          const kind = markerKind(m);
          const at = x(dayNumber(m.dueDate));
          const status = translate(kind === 'late' ? 'resources.milestones.timeline.late' : `resources.milestones.statuses.${m.status}`);
          return (
            <g key={m.id} data-testid={`timeline-milestone-${m.order}`}>
              <title>
                {translate('resources.milestones.timeline.marker', { order: m.order, title: m.title, day: formatDay(m.dueDate), status })}
                {m.critical ? ` — ${translate('resources.milestones.fields.critical')}` : ''}
              </title>
              <Marker x={at} y={LANE_Y} kind={kind} critical={!!m.critical} />
              <text x={at} y={LANE_Y + 22 + labelRows[i] * 11} textAnchor="middle" fontSize={11} fontWeight={600} fill="#212121">
                {m.order}
              </text>
            </g>
          );
        })}
      </Box>
      <Stack component="figcaption" direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, mt: 1 }}>
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
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
        {summary}
      </Typography>
    </Box>
  );
};
