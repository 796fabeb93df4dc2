import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  type RaRecord,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { MemberInput } from '../agenda/MemberInputs';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { onlyWhenOn } from '../goals/filters';
import { goalShowPath } from '../goals/routes';
import type { Goal } from '../goals/types';
import { milestoneStatusChoices } from './choices';
import { LateChip } from './LateChip';

const goalLabel = (goal: Goal) => `${goal.code} · ${goal.title}`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="late" source="late" parse={onlyWhenOn} alwaysOn />,
  <BooleanInput key="mine" source="mine" parse={onlyWhenOn} alwaysOn />,
  <SelectInput key="status" source="status" choices={milestoneStatusChoices} />,
  <ReferenceInput key="goal" source="goal" reference="goals" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText={goalLabel} label="resources.milestones.fields.goal" />
  </ReferenceInput>,
  <MemberInput key="responsible" source="responsible" />,
];

/** A row opens its goal's page, where the milestone is seen in context and marked done. */
const openGoal = (_id: unknown, _resource: unknown, record: RaRecord) => (typeof record.goal === 'string' ? goalShowPath(record.goal) : false);

/** Milestones across goals (the dashboard's "hitos vencidos" lands here with `late: true`). */
export const MilestoneList = () => (
  <ExportableList filters={filters} sort={{ field: 'dueDate', order: 'ASC' }} perPage={25} actions={<ListActions />}>
    <DataTable rowClick={openGoal} bulkActionButtons={false}>
      <DataTable.Col source="goal" disableSort>
        <ReferenceField source="goal" reference="goals" link="show" />
      </DataTable.Col>
      <DataTable.Col source="order" />
      <DataTable.Col source="title" />
      <DataTable.Col source="dueDate">
        <DayField source="dueDate" />
      </DataTable.Col>
      <DataTable.Col source="responsible" disableSort>
        <ReferenceField source="responsible" reference="members" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={milestoneStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="late" disableSort>
        <LateChip />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
