import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { useRowClick } from '../common/useRowClick';
import { ColourField } from './ColourSwatch';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const ThemeList = () => {
  const rowClick = useRowClick();
  return (
    <ExportableList filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <DataTable rowClick={rowClick}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="colour" disableSort>
          <ColourField />
        </DataTable.Col>
        <DataTable.Col source="parent" disableSort>
          <ReferenceField source="parent" reference="themes" link={false} />
        </DataTable.Col>
      </DataTable>
    </ExportableList>
  );
};
