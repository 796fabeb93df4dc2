import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { MemberArrayInput } from '../agenda/MemberInputs';
import { ZonedDateTimeInput } from '../agenda/ZonedDateTimeInput';
import { SectionTitle } from '../common/SectionTitle';
import { activityKindChoices, activityStatusChoices, visibilityChoices } from './choices';
import { OverlapWarning } from './OverlapWarning';

const byName = { field: 'name', order: 'ASC' } as const;

const endNotBeforeStart = (value: unknown, values: { start?: unknown }) =>
  typeof value === 'string' && typeof values.start === 'string' && Date.parse(value) < Date.parse(values.start)
    ? 'resources.activities.validation.end_before_start'
    : undefined;

export const ActivityInputs = () => (
  <>
    <TextInput source="title" validate={required()} />
    <SelectInput source="kind" choices={activityKindChoices} validate={required()} defaultValue="meeting" />
    <SectionTitle title="resources.activities.sections.when" />
    <ZonedDateTimeInput source="start" validate={required()} />
    <ZonedDateTimeInput source="end" validate={[required(), endNotBeforeStart]} />
    <BooleanInput source="allDay" />
    <SelectInput source="status" choices={activityStatusChoices} validate={required()} defaultValue="tentative" />
    <OverlapWarning />
    <RadioButtonGroupInput source="visibility" choices={visibilityChoices} validate={required()} defaultValue="private" />
    <TextInput source="locationText" />
    <ReferenceInput source="place" reference="places" sort={byName}>
      <AutocompleteInput />
    </ReferenceInput>
    <TextInput source="description" multiline minRows={3} />
    <SectionTitle title="resources.activities.sections.who" />
    <ReferenceArrayInput source="actors" reference="actors" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <MemberArrayInput source="participants" />
    <ReferenceArrayInput source="themes" reference="themes" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="places" reference="places" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <SectionTitle title="resources.activities.sections.brief" />
    <TextInput source="brief" multiline minRows={3} helperText="resources.activities.helpers.brief" />
    <TextInput source="minutes" multiline minRows={3} helperText="resources.activities.helpers.minutes" />
  </>
);
