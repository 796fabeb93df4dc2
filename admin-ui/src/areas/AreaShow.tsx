import { DataTable, ReferenceManyField, ReferenceField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';

export const AreaShow = () => (
  <ShowView>
    <TextField source="code" />
    <TextField source="name" />
    <ReferenceField source="parent" reference="areas" />
    <ReferenceManyField
      label="resources.areas.fields.positions"
      reference="positions"
      target="area"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
      </DataTable>
    </ReferenceManyField>
  </ShowView>
);
