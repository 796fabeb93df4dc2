import {
  AutocompleteInput,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useCanAccess,
} from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { SectionTitle } from '../common/SectionTitle';
import { priorityChoices, taskKindChoices, taskStatusChoices } from './choices';

const percent = [minValue(0), maxValue(100)];

/** Status and progress: all a staff member may change on their own tasks. */
export const TaskProgressInputs = () => (
  <>
    <SelectInput source="status" choices={taskStatusChoices} validate={required()} defaultValue="pending" />
    <NumberInput source="progress" min={0} max={100} step={1} validate={percent} defaultValue={0} />
  </>
);

export const TaskInputs = () => {
  // Requests carry contact data: only who may read them gets the origin picker.
  const requests = useCanAccess({ resource: 'requests', action: 'list' });
  return (
    <>
      <SelectInput source="kind" choices={taskKindChoices} validate={required()} defaultValue="instruction" />
      <TextInput source="title" validate={required()} />
      <TextInput source="description" multiline minRows={3} />
      <MemberInput source="responsible" validate={required()} />
      <DateInput source="dueDate" />
      <SelectInput source="priority" choices={priorityChoices} validate={required()} defaultValue={3} />
      <TaskProgressInputs />
      <SectionTitle title="resources.tasks.sections.origin" />
      <ReferenceInput source="activity" reference="activities" sort={{ field: 'start', order: 'DESC' }}>
        <AutocompleteInput optionText="title" />
      </ReferenceInput>
      {requests.canAccess && (
        <ReferenceInput source="request" reference="requests" sort={{ field: 'receivedAt', order: 'DESC' }}>
          <AutocompleteInput optionText="subject" />
        </ReferenceInput>
      )}
    </>
  );
};
