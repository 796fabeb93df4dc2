import { useState } from 'react';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, List, ListItem, Skeleton, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import HistoryIcon from '@mui/icons-material/History';
import { useGetList, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import { AuditActionChip } from './AuditActionField';
import { ChangeList } from './ChangeList';
import type { AuditLog } from './types';

const HISTORY_SIZE = 50;

export type HistoryScope = 'record' | 'resource';

const HistoryEntries = ({ resource, recordId }: { resource: string; recordId?: string }) => {
  const translate = useTranslate();
  const { format: formatDateTime, isPending: timeZonePending } = useFormatDateTime();
  const filter = recordId == null ? { resource } : { resource, recordId };
  const { data, total, isPending, error } = useGetList<AuditLog>('audit-logs', {
    filter,
    sort: { field: 'at', order: 'DESC' },
    pagination: { page: 1, perPage: HISTORY_SIZE },
  });

  if (isPending || timeZonePending) return <Skeleton variant="rectangular" height={48} />;
  if (error) return <Alert severity="warning">{translate('sigobito.history.load_error')}</Alert>;
  if (!data || data.length === 0) return <Typography variant="body2">{translate('sigobito.history.empty')}</Typography>;

  return (
    <>
      <List aria-label={translate('sigobito.history.title')} disablePadding>
        {data.map((entry) => (
          <ListItem key={entry.id} divider disableGutters sx={{ display: 'block' }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 0.5 }}>
              <AuditActionChip action={entry.action} />
              <Typography variant="body2" component="time" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate('sigobito.history.by', { user: entry.userName || translate('sigobito.history.system') })}
              </Typography>
            </Box>
            <ChangeList resource={resource} changes={entry.changes} references={entry.references} />
          </ListItem>
        ))}
      </List>
      {total != null && total > data.length && (
        <Typography variant="caption">{translate('sigobito.history.truncated', { shown: data.length, total })}</Typography>
      )}
    </>
  );
};

/**
 * The change history of the record in context, in a panel under the form. It loads only when
 * opened. `scope="resource"` shows the whole resource's log (for single records like settings,
 * whose route id `current` is not the stored record id).
 */
export const RecordHistory = ({ scope = 'record' }: { scope?: HistoryScope }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const resource = useResourceContext();
  const [expanded, setExpanded] = useState(false);
  if (!record || !resource) return null;

  return (
    <Accordion
      expanded={expanded}
      onChange={(_, isExpanded) => setExpanded(isExpanded)}
      disableGutters
      elevation={0}
      sx={{ borderTop: 1, borderColor: 'divider', '&::before': { display: 'none' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="record-history-content" id="record-history-header">
        <HistoryIcon fontSize="small" sx={{ mr: 1 }} />
        <Typography>{translate('sigobito.history.title')}</Typography>
      </AccordionSummary>
      {/* The region around the details takes its id from the summary's aria-controls. */}
      <AccordionDetails>
        {expanded && <HistoryEntries resource={resource} recordId={scope === 'record' ? String(record.id) : undefined} />}
      </AccordionDetails>
    </Accordion>
  );
};
