import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { ActivityStatusField, ConflictField, VisibilityField } from './ActivityChips';
import { activityKindChoices, activityStatusChoices, visibilityChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={activityStatusChoices} />,
  <SelectInput key="visibility" source="visibility" choices={visibilityChoices} />,
  <SelectInput key="kind" source="kind" choices={activityKindChoices} />,
];

/** The agenda as a plain list, newest first, with the usual search, filters and export. */
export const ActivityTable = () => (
  <ExportableList resource="activities" filters={filters} sort={{ field: 'start', order: 'DESC' }} perPage={25} actions={<ListActions />} title="sigobito.agenda.title">
    <DataTable rowClick="show">
      <DataTable.Col source="start">
        <DateTimeField source="start" />
      </DataTable.Col>
      <DataTable.Col source="end">
        <DateTimeField source="end" />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={activityKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ActivityStatusField />
      </DataTable.Col>
      <DataTable.Col source="visibility">
        <VisibilityField />
      </DataTable.Col>
      <DataTable.Col source="conflicts" disableSort>
        <ConflictField />
      </DataTable.Col>
      <DataTable.Col source="locationText" disableSort />
    </DataTable>
  </ExportableList>
);
