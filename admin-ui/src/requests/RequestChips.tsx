import { Chip, Stack } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useRecordContext, useTranslate } from 'react-admin';
import { isRequestStatus } from '@sigobito/config/contracts';
import { exportsAs } from '../common/exportCells';
import { REQUEST_STATUS_COLOURS, requestStatusChoices } from './workflow';

export const RequestStatusChip = ({ status }: { status: unknown }) => {
  const translate = useTranslate();
  if (!isRequestStatus(status)) return null;
  return <Chip size="small" color={REQUEST_STATUS_COLOURS[status]} label={translate(`resources.requests.statuses.${status}`)} />;
};

export const OverdueChip = ({ overdue }: { overdue: unknown }) => {
  const translate = useTranslate();
  if (overdue !== true) return null;
  return <Chip size="small" color="error" variant="outlined" icon={<ScheduleIcon />} label={translate('resources.requests.overdue_chip')} />;
};

/** Status and, when late, the overdue mark of the request in context. */
export const RequestStatusField = exportsAs(
  (_props: { source?: string; label?: string }) => {
    const record = useRecordContext<{ status?: string; overdue?: boolean }>();
    if (!record) return null;
    return (
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
        <RequestStatusChip status={record.status} />
        <OverdueChip overdue={record.overdue} />
      </Stack>
    );
  },
  // In a file, the overdue mark is a column of its own.
  () => [
    { source: 'status', cell: { kind: 'choice', source: 'status', choices: requestStatusChoices } },
    { label: 'resources.requests.overdue_chip', cell: { kind: 'computed', value: (record, { translate }) => (record.overdue === true ? translate('resources.requests.overdue_chip') : '') } },
  ],
);
