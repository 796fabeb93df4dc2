import { AutocompleteInput, BooleanInput, DateInput, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { FilesInput } from '../common/FileInputs';
import { isGoalManagerRole } from '../goals/access';
import type { Goal } from '../goals/types';
import { useMe } from '../goals/useMe';
import { milestoneStatusChoices } from './choices';

const goalLabel = (goal: Goal) => `${goal.code} · ${goal.title}`;

/** A milestone's fields, then its evidence; a goal manager picks among the goals they manage. */
export const MilestoneInputs = () => {
  const { me } = useMe();
  return (
    <>
      <ReferenceInput source="goal" reference="goals" sort={{ field: 'code', order: 'ASC' }} filter={isGoalManagerRole(me) ? { mine: true } : undefined}>
        <AutocompleteInput optionText={goalLabel} validate={required()} />
      </ReferenceInput>
      <NumberInput source="order" min={1} step={1} validate={[required(), minValue(1)]} />
      <TextInput source="title" validate={required()} />
      <TextInput source="description" multiline minRows={2} />
      <DateInput source="dueDate" validate={required()} />
      <NumberInput source="weight" min={0} step={1} validate={[required(), minValue(0)]} helperText="resources.milestones.helpers.weight" />
      <MemberInput source="responsible" />
      <BooleanInput source="critical" helperText="resources.milestones.helpers.critical" />
      <SelectInput source="status" choices={milestoneStatusChoices} validate={required()} />
      <FilesInput source="evidence" />
    </>
  );
};
