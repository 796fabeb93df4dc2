import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { exportsAs } from '../common/exportCells';

/** The task's progress as a bar and a percentage (in a file, the percentage as a number). */
export const ProgressField = exportsAs(
  (_props: { source?: string; label?: string }) => {
    const record = useRecordContext<{ progress?: number | null }>();
    if (!record) return null;
    const value = Math.max(0, Math.min(100, record.progress ?? 0));
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 100 }}>
        <LinearProgress variant="determinate" value={value} sx={{ flexGrow: 1, height: 6, borderRadius: 3 }} aria-hidden />
        <Typography variant="body2">{value} %</Typography>
      </Box>
    );
  },
  () => ({ kind: 'number', source: 'progress' }),
);
