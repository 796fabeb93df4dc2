import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { isCommunicationStatus } from '@sigobito/config/contracts';
import { exportsAs } from '../common/exportCells';
import { COMMUNICATION_STATUS_COLOURS, communicationStatusChoices } from './workflow';

export const CommunicationStatusChip = ({ status }: { status: unknown }) => {
  const translate = useTranslate();
  if (!isCommunicationStatus(status)) return null;
  return <Chip size="small" color={COMMUNICATION_STATUS_COLOURS[status]} label={translate(`resources.communications.statuses.${status}`)} />;
};

/** The status of the communication in context, as a chip; in a file, by its label. */
export const CommunicationStatusField = exportsAs(
  (_props: { source?: string; label?: string }) => {
    const record = useRecordContext<{ status?: string }>();
    return record ? <CommunicationStatusChip status={record.status} /> : null;
  },
  () => ({ kind: 'choice', source: 'status', choices: communicationStatusChoices }),
);
