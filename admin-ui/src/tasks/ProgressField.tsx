import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The task's progress as a bar and a percentage. */
export const ProgressField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ progress?: number | null }>();
  if (!record) return null;
  const value = Math.max(0, Math.min(100, record.progress ?? 0));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 100 }}>
      <LinearProgress variant="determinate" value={value} sx={{ flexGrow: 1, height: 6, borderRadius: 3 }} aria-hidden />
      <Typography variant="body2">{value} %</Typography>
    </Box>
  );
};
