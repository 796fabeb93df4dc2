import { useId } from 'react';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoalHealth } from '@sigobito/config/contracts';
import { HEALTH_STYLES } from '../goals/health';
import { healthBars } from './goalLinks';

const ROW_H = 34;
const BAR_H = 20;

/** Read by screen readers, not shown: the bars already write every count out. */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** Goals by health as horizontal bars, each with its name and count written out. */
export const HealthChart = ({ counts }: { counts: Record<GoalHealth, number> }) => {
  const translate = useTranslate();
  const captionId = useId();
  const bars = healthBars(counts).map((bar) => ({ ...bar, label: translate(`resources.goals.healths.${bar.health}`) }));
  const title = translate('sigobito.goals.dashboard.chart_title');
  const summary = bars.map((bar) => `${bar.label}: ${bar.count}`).join(', ');
  const goals = translate('resources.goals.name', { smart_count: 2 });
  return (
    <Box component="figure" aria-label={title} aria-describedby={captionId} sx={{ m: 0, position: 'relative', maxWidth: 546 }}>
      <ResponsiveContainer width="100%" height={bars.length * ROW_H}>
        <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 36, bottom: 0, left: 0 }} barSize={BAR_H} accessibilityLayer title={title}>
          <XAxis type="number" hide domain={[0, (max: number) => Math.max(1, max)]} allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={110} tickLine={false} axisLine={false} tick={{ fontSize: 13, fill: '#212121' }} />
          <Tooltip cursor={{ fill: 'rgba(0, 0, 0, 0.04)' }} formatter={(value) => [value, goals]} />
          <Bar dataKey="count" background={{ fill: '#f5f5f5', radius: 3 }} radius={3} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.health} fill={HEALTH_STYLES[bar.health].background} />
            ))}
            <LabelList dataKey="count" position="right" fontSize={14} fontWeight={700} fill="#212121" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Box component="figcaption" id={captionId} sx={visuallyHidden}>
        {summary}
      </Box>
    </Box>
  );
};
