import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  email,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { ZonedDateTimeInput } from '../agenda/ZonedDateTimeInput';
import { SectionTitle } from '../common/SectionTitle';
import { requestChannelChoices, requestKindChoices } from './choices';

const byName = { field: 'name', order: 'ASC' } as const;

/** Someone must be asking: a registered actor or at least a name. */
const requesterGiven = (value: unknown, values: { requester?: unknown }) =>
  (typeof value === 'string' && value.trim() !== '') || values.requester ? undefined : 'resources.requests.validation.requester';

/** A request registered by phone, letter or in person (web requests arrive by themselves). */
export const RequestInputs = () => (
  <>
    <SelectInput source="kind" choices={requestKindChoices} validate={required()} defaultValue="audience" />
    <TextInput source="subject" validate={required()} />
    <TextInput source="description" multiline minRows={3} />
    <SelectInput source="channel" choices={requestChannelChoices} validate={required()} defaultValue="in_person" />
    <ZonedDateTimeInput source="receivedAt" helperText="resources.requests.helpers.receivedAt" />

    <SectionTitle title="resources.requests.sections.requester" />
    <ReferenceInput source="requester" reference="actors" sort={byName}>
      <AutocompleteInput helperText="resources.requests.helpers.requester" />
    </ReferenceInput>
    <TextInput source="requesterName" validate={requesterGiven} />
    <TextInput source="requesterOrganization" />
    <TextInput source="requesterEmail" type="email" validate={email()} />
    <TextInput source="requesterPhone" type="tel" />

    <SectionTitle title="resources.requests.sections.handling" />
    <DateInput source="desiredDate" />
    <MemberInput source="assignedTo" />
    <DateInput source="answerDueDate" helperText="resources.requests.helpers.answerDueDate" />
    <ReferenceArrayInput source="themes" reference="themes" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="places" reference="places" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
  </>
);
