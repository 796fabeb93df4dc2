import { DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { useRowClick } from '../common/useRowClick';
import { placeKindChoices } from './kinds';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={placeKindChoices} />,
];

export const PlaceList = () => {
  const rowClick = useRowClick();
  return (
    <ExportableList filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <DataTable rowClick={rowClick}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={placeKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="parent" disableSort>
          <ReferenceField source="parent" reference="places" link={false} />
        </DataTable.Col>
      </DataTable>
    </ExportableList>
  );
};
