import {
  BooleanInput,
  DataTable,
  ReferenceField,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { MemberInput } from '../agenda/MemberInputs';
import { ExportableList } from '../common/ExportableList';
import { ListActions } from '../common/ListActions';
import { priorityChoices, taskKindChoices, taskOriginChoices, taskStatusChoices } from './choices';
import { taskLightChoices } from './lights';
import { TaskLightField } from './TaskLightChip';
import { ProgressField } from './ProgressField';

/** Off means "everyone's", not "not mine". null, not undefined: the filter form merges undefined away and would keep "on". */
const onlyWhenOn = (value: unknown) => (value ? true : null);

const commonFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="light" source="light" choices={taskLightChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} />,
  <SelectInput key="origin" source="origin" choices={taskOriginChoices} />,
  <SelectInput key="kind" source="kind" choices={taskKindChoices} />,
];

const allFilters = [
  ...commonFilters.slice(0, 1),
  <BooleanInput key="mine" source="mine" parse={onlyWhenOn} alwaysOn />,
  ...commonFilters.slice(1),
  <MemberInput key="responsible" source="responsible" />,
];

type TaskListViewProps = {
  /** "Mis tareas": only the caller's tasks, kept apart from the general list's filters. */
  mine?: boolean;
};

/** Tasks with their traffic light, soonest due first. */
export const TaskListView = ({ mine = false }: TaskListViewProps) => (
  <ExportableList
    resource="tasks"
    filters={mine ? commonFilters : allFilters}
    filter={mine ? { mine: true } : undefined}
    storeKey={mine ? 'tasks.mine' : undefined}
    title={mine ? 'resources.tasks.my_tasks' : undefined}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
    actions={<ListActions />}
  >
    <DataTable rowClick="show">
      <DataTable.Col source="light" disableSort>
        <TaskLightField />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={taskKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="responsible" disableSort>
        <ReferenceField source="responsible" reference="members" link={false} />
      </DataTable.Col>
      <DataTable.Col source="dueDate">
        <DayField source="dueDate" />
      </DataTable.Col>
      <DataTable.Col source="priority">
        <SelectField source="priority" choices={priorityChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={taskStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="progress">
        <ProgressField />
      </DataTable.Col>
      <DataTable.Col source="origin" disableSort>
        <SelectField source="origin" choices={taskOriginChoices} />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
