import { Chip, Stack } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import PublicIcon from '@mui/icons-material/Public';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useRecordContext, useTranslate } from 'react-admin';
import { CONFLICT_COLOUR } from './calendarEvents';
import { exportsAs } from '../common/exportCells';
import { activityStatusChoices, isActivityStatus, STATUS_COLOURS, visibilityChoices } from './choices';
import type { Activity } from './types';

export const ActivityStatusChip = ({ status }: { status: unknown }) => {
  const translate = useTranslate();
  if (!isActivityStatus(status)) return null;
  return (
    <Chip
      size="small"
      label={translate(`resources.activities.statuses.${status}`)}
      sx={{
        bgcolor: STATUS_COLOURS[status],
        color: '#fff',
        ...(status === 'tentative' ? { border: '1px dashed #fff', opacity: 0.85 } : {}),
        ...(status === 'cancelled' ? { textDecoration: 'line-through' } : {}),
      }}
    />
  );
};

export const VisibilityChip = ({ visibility }: { visibility: unknown }) => {
  const translate = useTranslate();
  if (visibility !== 'public' && visibility !== 'private') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={visibility === 'private' ? <LockIcon /> : <PublicIcon />}
      label={translate(`resources.activities.visibilities.${visibility}`)}
    />
  );
};

export const ConflictChip = ({ count }: { count: number }) => {
  const translate = useTranslate();
  if (count <= 0) return null;
  return (
    <Chip
      size="small"
      icon={<WarningAmberIcon sx={{ color: '#fff !important' }} />}
      label={translate('resources.activities.conflict_with', { smart_count: count })}
      sx={{ bgcolor: CONFLICT_COLOUR, color: '#fff' }}
    />
  );
};

type ColumnFieldProps = { source?: string; label?: string; sortable?: boolean };

/** The activity in context's status, as a chip; in a file, by its label. */
export const ActivityStatusField = exportsAs(
  (_props: ColumnFieldProps) => {
    const record = useRecordContext<Activity>();
    return <ActivityStatusChip status={record?.status} />;
  },
  () => ({ kind: 'choice', source: 'status', choices: activityStatusChoices }),
);

/** The activity in context's visibility, as a chip; in a file, by its label. */
export const VisibilityField = exportsAs(
  (_props: ColumnFieldProps) => {
    const record = useRecordContext<Activity>();
    return <VisibilityChip visibility={record?.visibility} />;
  },
  () => ({ kind: 'choice', source: 'visibility', choices: visibilityChoices }),
);

/** How many activities the one in context overlaps, as a warning chip; in a file, the count. */
export const ConflictField = exportsAs(
  (_props: ColumnFieldProps) => {
    const record = useRecordContext<Activity>();
    return <ConflictChip count={record?.conflicts?.length ?? 0} />;
  },
  () => ({ kind: 'computed', value: (record) => (Array.isArray(record.conflicts) ? record.conflicts.length : 0) }),
);

/** Status, visibility and conflicts of the activity in context, side by side. */
export const ActivityChipsField = (_props: { label?: string }) => {
  const record = useRecordContext<Activity>();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      <ActivityStatusChip status={record.status} />
      <VisibilityChip visibility={record.visibility} />
      <ConflictChip count={record.conflicts?.length ?? 0} />
    </Stack>
  );
};
