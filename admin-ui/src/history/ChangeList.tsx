import { Box, List, ListItem, Typography } from '@mui/material';
import { useChangeContext } from './useChangeContext';
import { changeTexts } from './changeTexts';
import type { AuditChange, ReferenceNames } from './types';

type ChangeListProps = { resource: string; changes?: Record<string, AuditChange> | null; references?: ReferenceNames | null };

/** "campo: antes → después", one line per changed field, names and labels in the user's language. */
export const ChangeList = ({ resource, changes, references }: ChangeListProps) => {
  const lines = changeTexts(resource, changes, references, useChangeContext());
  if (lines.length === 0) return null;
  return (
    <List dense disablePadding>
      {lines.map(({ field, label, before, after }) => (
        <ListItem key={field} disableGutters sx={{ display: 'block', py: 0 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {label}:
          </Typography>{' '}
          <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
            {before}
          </Typography>
          <Box component="span" aria-hidden="true" sx={{ mx: 0.5 }}>
            →
          </Box>
          <Typography variant="body2" component="span">
            {after}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};
