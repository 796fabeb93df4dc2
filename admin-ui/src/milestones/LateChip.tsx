import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { exportsAs } from '../common/exportCells';
import type { Milestone } from './types';

/** "Vencido hace 3 días" on a milestone past its due date and not done (the API computes `daysLate`). */
export const LateChip = exportsAs(
  (_props: { source?: string; label?: string; sortable?: boolean }) => {
    const translate = useTranslate();
    const record = useRecordContext<Milestone>();
    if (!record?.late || !record.daysLate) return null;
    return <Chip size="small" label={translate('resources.milestones.late', { smart_count: record.daysLate })} sx={{ bgcolor: '#c62828', color: '#ffffff', fontWeight: 600 }} />;
  },
  () => ({
    kind: 'computed',
    value: (record, { translate }) => (record.late && record.daysLate ? translate('resources.milestones.late', { smart_count: record.daysLate }) : ''),
  }),
);
