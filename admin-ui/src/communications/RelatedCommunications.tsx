import { Box, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { Link, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../agenda/DayField';
import { CommunicationStatusChip } from './CommunicationChips';
import { communicationShowPath } from './routes';
import type { Communication } from './types';

const SHOWN = 25;

/**
 * The communication actions of the theme, place or actor in context (`field`: the
 * communication's relation to it), newest first: on their show pages.
 */
export const RelatedCommunications = ({ field }: { field: 'themes' | 'places' | 'actors'; label?: false }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'communications', action: 'list' });
  const { data, total, isPending } = useGetList<Communication>(
    'communications',
    { filter: { [field]: record?.id }, sort: { field: 'updatedAt', order: 'DESC' }, pagination: { page: 1, perPage: SHOWN } },
    { enabled: canAccess === true && record?.id != null },
  );
  if (!record || canAccess !== true) return null;
  return (
    <Box component="section" aria-labelledby={`related-communications-${field}`} sx={{ mt: 2 }}>
      <Typography id={`related-communications-${field}`} variant="h6" component="h2">
        {translate('resources.communications.related.title')}
        {total != null && total > 0 ? ` (${total})` : ''}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={48} />
      ) : !data?.length ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('resources.communications.related.empty')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {data.map((communication) => (
            <ListItem key={communication.id} disablePadding secondaryAction={<CommunicationStatusChip status={communication.status} />}>
              <ListItemButton component={Link} to={communicationShowPath(communication.id)}>
                <ListItemText
                  primary={communication.title}
                  secondary={communication.plannedDate ? <DayField record={communication} source="plannedDate" /> : undefined}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};
