import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Milestone } from './types';

/** "Vencido hace 3 días" on a milestone past its due date and not done (the API computes `daysLate`). */
export const LateChip = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext<Milestone>();
  if (!record?.late || !record.daysLate) return null;
  return (
    <Chip
      size="small"
      label={translate('resources.milestones.late', { smart_count: record.daysLate })}
      sx={{ bgcolor: '#c62828', color: '#ffffff', fontWeight: 600 }}
    />
  );
};
