import {
  AutocompleteInput,
  DataTable,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { ExportableList } from '../common/ExportableList';
import { exportsAs } from '../common/exportCells';
import { ListActions } from '../common/ListActions';
import { asArray } from '../goals/filters';
import { goalShowPath } from '../goals/routes';
import type { Goal } from '../goals/types';
import { AroKindChip } from './AroChips';
import { aroKindChoices, aroSeverityChoices, aroStatusChoices } from './choices';
import type { Aro } from './types';

const goalLabel = (goal: Goal) => `${goal.code} · ${goal.title}`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={aroKindChoices} alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={aroStatusChoices} format={asArray} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={aroSeverityChoices} />,
  <ReferenceInput key="goal" source="goal" reference="goals" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText={goalLabel} label="resources.aros.fields.goal" />
  </ReferenceInput>,
];

const KindField = exportsAs(
  (_props: { label?: string }) => {
    const record = useRecordContext<Aro>();
    return record ? <AroKindChip kind={record.kind} /> : null;
  },
  () => ({ kind: 'choice', source: 'kind', choices: aroKindChoices }),
);

/** A row opens its goal's page, where the ARO board is. */
const openGoal = (_id: unknown, _resource: unknown, record: RaRecord) => (typeof record.goal === 'string' ? goalShowPath(record.goal) : false);

/** ARO across goals (the dashboard's "restricciones abiertas" lands here). */
export const AroList = () => (
  <ExportableList filters={filters} sort={{ field: 'dueDate', order: 'ASC' }} perPage={25} actions={<ListActions />}>
    <DataTable rowClick={openGoal} bulkActionButtons={false}>
      <DataTable.Col source="goal" disableSort>
        <ReferenceField source="goal" reference="goals" link="show" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <KindField />
      </DataTable.Col>
      <DataTable.Col source="severity">
        <SelectField source="severity" choices={aroSeverityChoices} />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={aroStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="responsible" disableSort>
        <ReferenceField source="responsible" reference="members" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DayField source="dueDate" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
