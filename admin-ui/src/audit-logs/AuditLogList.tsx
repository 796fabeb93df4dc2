import { DataTable, List, SelectInput } from 'react-admin';
import { translatedChoices } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { ListActions } from '../common/ListActions';
import { AuditActionField } from '../history/AuditActionField';
import { AUDIT_ACTIONS } from '../history/auditActions';
import { AuditLogChanges } from './AuditLogChanges';
import { ResourceFilterInput } from './ResourceFilterInput';
import { ResourceNameField } from './ResourceNameField';

const filters = [
  <ResourceFilterInput key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={translatedChoices(AUDIT_ACTIONS, 'resources.audit-logs.actions')} alwaysOn />,
];

export const AuditLogList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<ListActions hasFilters={false} />}>
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditLogChanges />}>
      <DataTable.Col source="at">
        <DateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col source="userName" />
      <DataTable.Col source="action">
        <AuditActionField />
      </DataTable.Col>
      <DataTable.Col source="resource" disableSort>
        <ResourceNameField />
      </DataTable.Col>
      <DataTable.Col source="recordLabel" disableSort />
    </DataTable>
  </List>
);
