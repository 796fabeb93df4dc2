import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { exportsAs } from '../common/exportCells';
import { clampPercent } from './chart';

type Bar = { label: string; value: number; colour: 'primary' | 'inherit' };

/** Actual progress against planned progress: two labelled bars, the numbers written out. */
export const ProgressBars = ({ actual, planned, width = 180 }: { actual: unknown; planned: unknown; width?: number | string }) => {
  const translate = useTranslate();
  const bars: Bar[] = [
    { label: translate('resources.goals.progress.actual'), value: clampPercent(actual), colour: 'primary' },
    { label: translate('resources.goals.progress.planned'), value: clampPercent(planned), colour: 'inherit' },
  ];
  return (
    <Box sx={{ minWidth: width, display: 'grid', gridTemplateColumns: 'auto 1fr auto', alignItems: 'center', columnGap: 1 }}>
      {bars.map((bar) => (
        <Box key={bar.label} sx={{ display: 'contents' }}>
          <Typography variant="caption">{bar.label}</Typography>
          <LinearProgress
            variant="determinate"
            value={bar.value}
            color={bar.colour}
            aria-hidden
            sx={{ height: 6, borderRadius: 3, ...(bar.colour === 'inherit' ? { color: 'grey.500' } : {}) }}
          />
          <Typography variant="caption" sx={{ textAlign: 'right', minWidth: '3.5em' }}>
            {bar.value} %
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/** The goal in context's progress bars; in a file, actual and planned progress as numbers, a column each. */
export const ProgressBarsField = exportsAs(
  (_props: { source?: string; label?: string; sortable?: boolean }) => {
    const record = useRecordContext<{ actualPercent?: number; plannedPercent?: number }>();
    return record ? <ProgressBars actual={record.actualPercent} planned={record.plannedPercent} /> : null;
  },
  () => [
    { label: 'resources.goals.fields.actualPercent', cell: { kind: 'number', source: 'actualPercent' } },
    { label: 'resources.goals.fields.plannedPercent', cell: { kind: 'number', source: 'plannedPercent' } },
  ],
);
