import { Alert, Box } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, DataTable, List, useCanAccess, useDataProvider, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useState } from 'react';
import { serverMessage } from '../agenda/serverMessage';
import { DayField } from '../agenda/DayField';
import { DateTimeField } from '../common/DateTimeField';
import { useMe } from '../goals/useMe';
import type { CommunicationsDataProvider } from './communicationActions';
import { OriginField } from './OriginField';
import { OPPORTUNITY_FILTER, communicationShowPath } from './routes';
import type { Communication } from './types';

/** "Tomar": the opportunity becomes the caller's (its editor, when it has none) and goes into preparation. */
const TakeButton = () => {
  const record = useRecordContext<Communication>();
  const { me } = useMe();
  const dataProvider = useDataProvider<CommunicationsDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const take = async () => {
    setPending(true);
    try {
      const moved = await dataProvider.transitionCommunication(record.id, 'in_preparation');
      if (!record.editor && me?.member?.id) {
        await dataProvider.update('communications', { id: record.id, data: { editor: me.member.id }, previousData: { ...record, ...moved } });
      }
      notify('sigobito.communications.opportunities.taken', { type: 'success' });
      redirect(communicationShowPath(record.id));
    } catch (error) {
      notify(serverMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label="sigobito.communications.opportunities.take"
      variant="contained"
      size="small"
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        void take();
      }}
    >
      <PlayArrowIcon />
    </Button>
  );
};

/**
 * "Oportunidades": the communications the system proposed when a milestone of a public goal or a
 * public activity was done, still identified. Press takes one to prepare it.
 */
export const OpportunityList = () => {
  const translate = useTranslate();
  const { canAccess: canTake } = useCanAccess({ resource: 'communications', action: 'edit' });
  return (
    <Box>
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('sigobito.communications.opportunities.intro')}
      </Alert>
      <List
        resource="communications"
        filter={OPPORTUNITY_FILTER}
        storeKey="communications.opportunities"
        title="sigobito.communications.opportunities.title"
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        actions={false}
        disableSyncWithLocation
        empty={<Alert severity="success" sx={{ mt: 2 }}>{translate('sigobito.communications.opportunities.empty')}</Alert>}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="origin" label="sigobito.communications.opportunities.from" disableSort>
            <OriginField />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <DateTimeField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="plannedDate">
            <DayField source="plannedDate" emptyText="—" />
          </DataTable.Col>
          {canTake ? (
            <DataTable.Col label="sigobito.communications.opportunities.take" disableSort>
              <TakeButton />
            </DataTable.Col>
          ) : null}
        </DataTable>
      </List>
    </Box>
  );
};
