import { BooleanField, EmailField, ReferenceField, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { ShowView } from '../common/ShowView';
import { ActiveField } from './ActiveField';
import { NOTIFICATION_KINDS } from '@sigobito/config/contracts';
import { roleChoices } from './roles';

export const MemberShow = () => (
  <ShowView>
    <TextField source="fullName" />
    <TextField source="username" />
    <EmailField source="email" />
    <SelectField source="role" choices={roleChoices} />
    <ReferenceField source="area" reference="areas" />
    <ReferenceField source="position" reference="positions" />
    <TextField source="phone" />
    <ActiveField source="active" />
    <DateTimeField source="deactivatedAt" />
    <ReferenceField source="handedOverTo" reference="members" />
    <SectionTitle title="resources.members.sections.notificationPreferences" label={false} />
    {NOTIFICATION_KINDS.map((key) => (
      <BooleanField key={key} source={`notificationPreferences.${key}`} />
    ))}
  </ShowView>
);
