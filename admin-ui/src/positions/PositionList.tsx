import { DataTable, ReferenceField, ReferenceInput, SearchInput, AutocompleteInput } from 'react-admin';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { useRowClick } from '../common/useRowClick';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="area" source="area" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
];

export const PositionList = () => {
  const rowClick = useRowClick();
  return (
    <ExportableList filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <DataTable rowClick={rowClick}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="area" disableSort>
          <ReferenceField source="area" reference="areas" link={false} />
        </DataTable.Col>
      </DataTable>
    </ExportableList>
  );
};
