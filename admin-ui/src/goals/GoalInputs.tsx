import { AutocompleteArrayInput, BooleanInput, DateInput, NumberInput, ReferenceArrayInput, required, SelectInput, TextInput } from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { SectionTitle } from '../common/SectionTitle';
import { goalStatusChoices } from './choices';
import { targetNotBeforeStart } from './validation';

const byName = { field: 'name', order: 'ASC' } as const;
const notNegative = (value: unknown) => (typeof value === 'number' && value < 0 ? 'resources.goals.validation.not_negative' : undefined);

/** What a goal manager may update on the goals they manage: the indicator's current value, the executed budget, notes. */
export const GoalManagerInputs = () => (
  <>
    <NumberInput source="indicatorCurrent" />
    <NumberInput source="budgetExecuted" validate={notNegative} />
    <TextInput source="internalNotes" multiline minRows={3} />
  </>
);

/** Every field of a goal, as follow-up programs it. */
export const GoalInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="title" validate={required()} />
    <TextInput source="description" multiline minRows={3} />
    <SelectInput source="status" choices={goalStatusChoices} validate={required()} defaultValue="draft" />
    <BooleanInput source="isPublic" helperText="resources.goals.helpers.isPublic" />
    <SectionTitle title="resources.goals.sections.people" />
    <MemberInput source="manager" />
    <MemberInput source="followUpOfficer" />
    <SectionTitle title="resources.goals.sections.dates" />
    <DateInput source="startDate" />
    <DateInput source="targetDate" validate={targetNotBeforeStart} />
    <SectionTitle title="resources.goals.sections.indicator" />
    <TextInput source="indicatorName" />
    <TextInput source="indicatorUnit" />
    <NumberInput source="indicatorBaseline" />
    <NumberInput source="indicatorTarget" />
    <NumberInput source="indicatorCurrent" />
    <SectionTitle title="resources.goals.sections.budget" />
    <NumberInput source="budgetPlanned" validate={notNegative} />
    <NumberInput source="budgetExecuted" validate={notNegative} />
    <SectionTitle title="resources.goals.sections.links" />
    <ReferenceArrayInput source="themes" reference="themes" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="places" reference="places" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="actors" reference="actors" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <SectionTitle title="resources.goals.sections.notes" />
    <TextInput source="internalNotes" multiline minRows={3} />
  </>
);
