import { DataTable, EmailField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { useRowClick } from '../common/useRowClick';
import { actorKindChoices } from './kinds';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={actorKindChoices} />,
];

export const ActorList = () => {
  const rowClick = useRowClick();
  return (
    <ExportableList filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <DataTable rowClick={rowClick}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={actorKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="organization" />
        <DataTable.Col source="title" />
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" />
        </DataTable.Col>
        <DataTable.Col source="phone" disableSort />
      </DataTable>
    </ExportableList>
  );
};
