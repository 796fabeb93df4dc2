import { Box, Typography } from '@mui/material';
import { spreadsheetDateTime, spreadsheetDay } from '@sigobito/config/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ExportColumn } from '../common/exportCells';
import { ChangeList } from '../history/ChangeList';
import { changeTexts } from '../history/changeTexts';
import type { AuditLog } from '../history/types';
import { auditResourceOf } from './auditedResources';

/** In the log's file, what the expanded row shows: "Campo: antes → después; …". */
export const CHANGES_COLUMN: ExportColumn = {
  source: 'changes',
  cell: {
    kind: 'computed',
    value: (record, { translate, locale, timeZone }) => {
      const entry = record as Partial<AuditLog>;
      const context = { translate, dateTime: (iso: string) => spreadsheetDateTime(new Date(iso), locale, timeZone), day: (day: string) => spreadsheetDay(day, locale) };
      return changeTexts(auditResourceOf(entry) ?? '', entry.changes, entry.references, context)
        .map(({ label, before, after }) => `${label}: ${before} → ${after}`)
        .join('; ');
    },
  },
};

/** The expanded row of the audit-log list: every changed field, before → after. */
export const AuditLogChanges = () => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!record) return null;
  const hasChanges = record.changes != null && Object.keys(record.changes).length > 0;
  return (
    <Box sx={{ px: 2, py: 1 }}>
      {hasChanges ? (
        <ChangeList resource={auditResourceOf(record) ?? ''} changes={record.changes} references={record.references} />
      ) : (
        <Typography variant="body2">{translate('sigobito.history.no_field_changes')}</Typography>
      )}
    </Box>
  );
};
