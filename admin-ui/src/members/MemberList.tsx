import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  EmailField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { useRowClick } from '../common/useRowClick';
import { ActiveField } from './ActiveField';
import { roleChoices } from './roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <ReferenceInput key="area" source="area" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const MemberList = () => {
  const rowClick = useRowClick();
  return (
    <ExportableList filters={filters} sort={{ field: 'fullName', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      <DataTable rowClick={rowClick}>
        <DataTable.Col source="fullName" />
        <DataTable.Col source="username" disableSort />
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" />
        </DataTable.Col>
        <DataTable.Col source="role" disableSort>
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="area" disableSort>
          <ReferenceField source="area" reference="areas" link={false} />
        </DataTable.Col>
        <DataTable.Col source="position" disableSort>
          <ReferenceField source="position" reference="positions" link={false} />
        </DataTable.Col>
        <DataTable.Col source="active">
          <ActiveField />
        </DataTable.Col>
      </DataTable>
    </ExportableList>
  );
};
