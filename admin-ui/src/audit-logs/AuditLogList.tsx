import { DataTable, SelectInput } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { AuditActionField } from '../history/AuditActionField';
import { auditActionChoices } from '../history/auditActions';
import { AuditLogChanges, CHANGES_COLUMN } from './AuditLogChanges';
import { ResourceFilterInput } from './ResourceFilterInput';
import { ResourceNameField } from './ResourceNameField';

const EXPORT_EXTRA = [CHANGES_COLUMN];

const filters = [
  <ResourceFilterInput key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
];

export const AuditLogList = () => (
  <ExportableList filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<ListActions hasFilters={false} />} exportExtra={EXPORT_EXTRA}>
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
  </ExportableList>
);
