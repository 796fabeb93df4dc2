import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { HEALTH_STYLES, type GoalHealth } from '../goals/health';
import { healthBars } from './goalLinks';

const W = 420;
const LABEL_W = 110;
const ROW_H = 34;
const BAR_H = 20;
const COUNT_W = 36;

/** Goals by health as horizontal bars, each with its name and count written out. */
export const HealthChart = ({ counts }: { counts: Record<GoalHealth, number> }) => {
  const translate = useTranslate();
  const bars = healthBars(counts, W - LABEL_W - COUNT_W);
  const H = bars.length * ROW_H;
  const summary = bars.map((bar) => `${translate(`resources.goals.healths.${bar.health}`)}: ${bar.count}`).join(', ');
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby="health-chart-title health-chart-desc"
      sx={{ width: '100%', maxWidth: W * 1.3, height: 'auto', display: 'block', fontFamily: 'inherit' }}
    >
      <title id="health-chart-title">{translate('sigobito.goals.dashboard.chart_title')}</title>
      <desc id="health-chart-desc">{summary}</desc>
      {bars.map((bar, i) => {
        const y = i * ROW_H + (ROW_H - BAR_H) / 2;
        return (
          <g key={bar.health}>
            <text x={LABEL_W - 8} y={y + BAR_H / 2 + 4} textAnchor="end" fontSize={13} fill="#212121">
              {translate(`resources.goals.healths.${bar.health}`)}
            </text>
            <rect x={LABEL_W} y={y} width={W - LABEL_W - COUNT_W} height={BAR_H} fill="#f5f5f5" rx={3} />
            {bar.length > 0 && <rect x={LABEL_W} y={y} width={bar.length} height={BAR_H} fill={HEALTH_STYLES[bar.health].background} rx={3} />}
            <text x={LABEL_W + bar.length + 6} y={y + BAR_H / 2 + 5} fontSize={14} fontWeight={700} fill="#212121">
              {bar.count}
            </text>
          </g>
        );
      })}
    </Box>
  );
};
