import {
  AutocompleteInput,
  BooleanInput,
  email,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import { NOTIFICATION_PREFERENCES } from './notificationPreferences';
import { PositionInput } from './PositionInput';
import { roleChoices } from './roles';

/** On edit the password is optional: left empty, the current one is kept. */
export const MemberInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <SectionTitle title="resources.members.sections.account" />
    <TextInput source="fullName" validate={required()} />
    <TextInput source="username" validate={required()} autoComplete="off" />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    {mode === 'create' ? (
      <PasswordInput source="password" validate={required()} autoComplete="new-password" />
    ) : (
      <PasswordInput
        source="password"
        label="resources.members.fields.newPassword"
        helperText="resources.members.helpers.newPassword"
        autoComplete="new-password"
      />
    )}
    <SelectInput source="role" choices={roleChoices} validate={required()} />

    <SectionTitle title="resources.members.sections.profile" />
    <ReferenceInput source="area" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>
    <PositionInput />
    <TextInput source="phone" type="tel" />

    <SectionTitle title="resources.members.sections.notificationPreferences" />
    {NOTIFICATION_PREFERENCES.map((key) => (
      <BooleanInput key={key} source={`notificationPreferences.${key}`} />
    ))}
  </>
);
