import { ReferenceField, SelectField, TextField, TopToolbar, EditButton, useCanAccess } from 'react-admin';
import { DayField } from '../agenda/DayField';
import { DateTimeField } from '../common/DateTimeField';
import { ShowView } from '../common/ShowView';
import { TaskUpdates } from '../task-updates/TaskUpdates';
import { priorityChoices, taskKindChoices, taskOriginChoices, taskStatusChoices } from './choices';
import { ProgressField } from './ProgressField';
import { TaskLightField } from './TaskLightChip';
import { TaskStatusButtons } from './TaskStatusButtons';

const TaskShowActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <TaskStatusButtons />
    <EditButton />
  </TopToolbar>
);

/** Requests carry contact data: their link shows only to those who may read them. */
const RequestOriginField = (_props: { label?: string }) => {
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'show' });
  return canAccess ? <ReferenceField source="request" reference="requests" link="show" emptyText="—" /> : <span>—</span>;
};

export const TaskShow = () => (
  <ShowView actions={<TaskShowActions />}>
    <TextField source="title" variant="h5" />
    <TaskLightField label="resources.tasks.fields.light" />
    <SelectField source="status" choices={taskStatusChoices} />
    <ProgressField label="resources.tasks.fields.progress" />
    <SelectField source="kind" choices={taskKindChoices} />
    <ReferenceField source="responsible" reference="members" />
    <ReferenceField source="assignedBy" reference="members" emptyText="—" />
    <DayField source="dueDate" emptyText="—" />
    <SelectField source="priority" choices={priorityChoices} />
    <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
    <SelectField source="origin" choices={taskOriginChoices} />
    <ReferenceField source="activity" reference="activities" link="show" emptyText="—" />
    <RequestOriginField label="resources.tasks.fields.request" />
    <DateTimeField source="completedAt" emptyText="—" />
    <TaskUpdates label={false} />
  </ShowView>
);
