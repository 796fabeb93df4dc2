import {
  AutocompleteInput,
  BooleanInput,
  email,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import { NOTIFICATION_KINDS } from '@sigobito/config/contracts';
import { PositionInput } from './PositionInput';
import type { Member } from './types';
import { useRoleGrants } from './useRoleGrants';

/**
 * On edit the password is optional: left empty, the current one is kept. The roles offered and
 * whether the account may be changed follow the caller's grants (a mayor's account is the
 * mayor's to change); a locked input is not sent, so it stays as it is.
 */
export const MemberInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { roleChoices, accountLocked } = useRoleGrants(useRecordContext<Member>());
  return (
    <>
      <SectionTitle title="resources.members.sections.account" />
      <TextInput source="fullName" validate={required()} />
      <TextInput source="username" validate={required()} autoComplete="off" disabled={accountLocked} />
      <TextInput source="email" type="email" validate={[required(), email()]} disabled={accountLocked} />
      {mode === 'create' ? (
        <PasswordInput source="password" validate={required()} autoComplete="new-password" />
      ) : (
        <PasswordInput
          source="password"
          label="resources.members.fields.newPassword"
          helperText="resources.members.helpers.newPassword"
          autoComplete="new-password"
          disabled={accountLocked}
        />
      )}
      <SelectInput
        source="role"
        choices={roleChoices}
        validate={required()}
        disabled={accountLocked}
        helperText={accountLocked ? 'resources.members.helpers.privilegedAccount' : 'resources.members.helpers.role'}
      />

      <SectionTitle title="resources.members.sections.profile" />
      <ReferenceInput source="area" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput />
      </ReferenceInput>
      <PositionInput />
      <TextInput source="phone" type="tel" />

      <SectionTitle title="resources.members.sections.notificationPreferences" />
      {NOTIFICATION_KINDS.map((key) => (
        <BooleanInput key={key} source={`notificationPreferences.${key}`} />
      ))}
    </>
  );
};
