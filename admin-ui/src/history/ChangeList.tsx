import { Box, List, ListItem, Typography } from '@mui/material';
import { ChangeValue } from './ChangeValue';
import { choiceLabelsOf, referenceOf } from './references';
import type { AuditChange } from './types';
import { useFieldLabel } from './useFieldLabel';

/** "campo: antes → después", one line per changed field. */
export const ChangeList = ({ resource, changes }: { resource: string; changes?: Record<string, AuditChange> | null }) => {
  const fieldLabel = useFieldLabel(resource);
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return null;
  return (
    <List dense disablePadding>
      {entries.map(([field, change]) => (
        <ListItem key={field} disableGutters sx={{ display: 'block', py: 0 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {fieldLabel(field)}:
          </Typography>{' '}
          <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
            <ChangeValue value={change?.before} reference={referenceOf(resource, field)} choiceLabels={choiceLabelsOf(resource, field)} />
          </Typography>
          <Box component="span" aria-hidden="true" sx={{ mx: 0.5 }}>
            →
          </Box>
          <Typography variant="body2" component="span">
            <ChangeValue value={change?.after} reference={referenceOf(resource, field)} choiceLabels={choiceLabelsOf(resource, field)} />
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};
