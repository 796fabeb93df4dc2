import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { MemberInput } from '../agenda/MemberInputs';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { goalStatusChoices } from './choices';
import { asArray, onlyWhenOn } from './filters';
import { goalHealthChoices } from './health';
import { HealthField } from './HealthChip';
import { ProgressBarsField } from './ProgressBars';

const byName = { field: 'name', order: 'ASC' } as const;

const commonFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="health" source="health" choices={goalHealthChoices} format={asArray} alwaysOn />,
  <SelectInput key="status" source="status" choices={goalStatusChoices} />,
  <ReferenceInput key="themes" source="themes" reference="themes" sort={byName}>
    <AutocompleteInput label="resources.goals.fields.themes" />
  </ReferenceInput>,
  <ReferenceInput key="places" source="places" reference="places" sort={byName}>
    <AutocompleteInput label="resources.goals.fields.places" />
  </ReferenceInput>,
];

const allFilters = [
  ...commonFilters.slice(0, 2),
  <BooleanInput key="mine" source="mine" parse={onlyWhenOn} alwaysOn />,
  ...commonFilters.slice(2),
  <MemberInput key="manager" source="manager" />,
];

type GoalListViewProps = {
  /** "Mis metas": only the goals the caller manages, kept apart from the general list's filters. */
  mine?: boolean;
};

/** Goals with their health (and why), actual against planned progress, manager and target date. */
export const GoalListView = ({ mine = false }: GoalListViewProps) => (
  <ExportableList
    resource="goals"
    filters={mine ? commonFilters : allFilters}
    filter={mine ? { mine: true } : undefined}
    storeKey={mine ? 'goals.mine' : undefined}
    title={mine ? 'resources.goals.my_goals' : undefined}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="title" />
      <DataTable.Col source="health" disableSort>
        <HealthField />
      </DataTable.Col>
      <DataTable.Col source="actualPercent" label="resources.goals.fields.progress" disableSort>
        <ProgressBarsField />
      </DataTable.Col>
      <DataTable.Col source="manager" disableSort>
        <ReferenceField source="manager" reference="members" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="targetDate">
        <DayField source="targetDate" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={goalStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
