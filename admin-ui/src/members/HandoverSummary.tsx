import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The counts of open work handed over, resource by resource. */
export const HandoverSummary = ({ handedOver }: { handedOver: Record<string, number> }) => {
  const translate = useTranslate();
  const entries = Object.entries(handedOver).filter(([, count]) => count > 0);
  if (entries.length === 0) {
    return <Typography>{translate('resources.members.deactivate.nothing_handed_over')}</Typography>;
  }
  return (
    <>
      <Typography>{translate('resources.members.deactivate.handed_over')}</Typography>
      <List dense aria-label={translate('resources.members.deactivate.handed_over')}>
        {entries.map(([resource, count]) => (
          <ListItem key={resource}>
            <ListItemText
              primary={`${translate(`resources.${resource}.name`, { smart_count: count, _: resource })}: ${count}`}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};
