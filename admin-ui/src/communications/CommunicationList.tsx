import {
  AutocompleteInput,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { MemberInput } from '../agenda/MemberInputs';
import { DateTimeField } from '../common/DateTimeField';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { CommunicationStatusField } from './CommunicationChips';
import { communicationStatusChoices, originChoices } from './workflow';

const byName = { field: 'name', order: 'ASC' } as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={communicationStatusChoices} alwaysOn />,
  <SelectInput key="origin" source="origin" choices={originChoices} />,
  <ReferenceInput key="themes" source="themes" reference="themes" sort={byName}>
    <AutocompleteInput label="resources.communications.fields.themes" />
  </ReferenceInput>,
  <ReferenceInput key="places" source="places" reference="places" sort={byName}>
    <AutocompleteInput label="resources.communications.fields.places" />
  </ReferenceInput>,
  <MemberInput key="editor" source="editor" />,
];

/** "Comunicación": every communication action, the latest changed first, filtered by status, origin, theme, place, editor or words. */
export const CommunicationList = () => (
  <ExportableList filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="status">
        <CommunicationStatusField />
      </DataTable.Col>
      <DataTable.Col source="origin">
        <SelectField source="origin" choices={originChoices} />
      </DataTable.Col>
      <DataTable.Col source="plannedDate">
        <DayField source="plannedDate" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="editor" disableSort>
        <ReferenceField source="editor" reference="members" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <DateTimeField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
