import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ChangeList } from '../history/ChangeList';
import type { AuditLog } from '../history/types';
import { auditResourceOf } from './auditedResources';

/** The expanded row of the audit-log list: every changed field, before → after. */
export const AuditLogChanges = () => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!record) return null;
  const hasChanges = record.changes != null && Object.keys(record.changes).length > 0;
  return (
    <Box sx={{ px: 2, py: 1 }}>
      {hasChanges ? (
        <ChangeList resource={auditResourceOf(record) ?? ''} changes={record.changes} />
      ) : (
        <Typography variant="body2">{translate('sigobito.history.no_field_changes')}</Typography>
      )}
    </Box>
  );
};
