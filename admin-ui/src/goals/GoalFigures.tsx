import { Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dateTime';
import { moneyIn } from '../common/money';
import { budgetExecution, indicatorProgress, toNumber } from './figures';
import type { Goal } from './types';

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Box>
    <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
      {label}
    </Typography>
    <Typography variant="body1" sx={{ fontWeight: 600 }}>
      {value}
    </Typography>
  </Box>
);

const Bar = ({ value, label }: { value: number | null; label: string }) =>
  value === null ? null : (
    <Box sx={{ mt: 1 }}>
      <LinearProgress variant="determinate" value={Math.min(100, value)} sx={{ height: 8, borderRadius: 4 }} aria-hidden />
      <Typography variant="caption">{label}</Typography>
    </Box>
  );

/** The goal's indicator (baseline, target, current) and budget (planned, executed). */
export const GoalFigures = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const goal = useRecordContext<Goal>();
  if (!goal) return null;
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 });
  const show = (value: unknown, unit?: string | null) => {
    const n = toNumber(value);
    return n === null ? '—' : unit ? `${number.format(n)} ${unit}` : number.format(n);
  };
  const money = moneyIn(locale);
  const progress = indicatorProgress(goal.indicatorBaseline, goal.indicatorTarget, goal.indicatorCurrent);
  const execution = budgetExecution(goal.budgetPlanned, goal.budgetExecuted);

  return (
    <Box sx={{ mt: 3, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <Paper component="section" variant="outlined" aria-labelledby="goal-indicator-title" sx={{ p: 2 }}>
        <Typography id="goal-indicator-title" variant="h6" component="h2" gutterBottom>
          {translate('resources.goals.sections.indicator')}
        </Typography>
        <Typography variant="body1" gutterBottom>
          {goal.indicatorName || translate('resources.goals.figures.no_indicator')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1 }}>
          <Figure label={translate('resources.goals.fields.indicatorBaseline')} value={show(goal.indicatorBaseline, goal.indicatorUnit)} />
          <Figure label={translate('resources.goals.fields.indicatorTarget')} value={show(goal.indicatorTarget, goal.indicatorUnit)} />
          <Figure label={translate('resources.goals.fields.indicatorCurrent')} value={show(goal.indicatorCurrent, goal.indicatorUnit)} />
        </Box>
        <Bar value={progress} label={translate('resources.goals.figures.indicator_progress', { percent: progress ?? 0 })} />
      </Paper>
      <Paper component="section" variant="outlined" aria-labelledby="goal-budget-title" sx={{ p: 2 }}>
        <Typography id="goal-budget-title" variant="h6" component="h2" gutterBottom>
          {translate('resources.goals.sections.budget')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 1 }}>
          <Figure label={translate('resources.goals.fields.budgetPlanned')} value={money(goal.budgetPlanned)} />
          <Figure label={translate('resources.goals.fields.budgetExecuted')} value={money(goal.budgetExecuted)} />
        </Box>
        <Bar value={execution} label={translate('resources.goals.figures.budget_execution', { percent: execution ?? 0 })} />
      </Paper>
    </Box>
  );
};
