import { Create, SimpleForm } from 'react-admin';
import { MemberInputs } from './MemberInputs';
import { defaultNotificationPreferences } from './notificationPreferences';

const defaults = () => ({ role: 'staff', notificationPreferences: defaultNotificationPreferences() });

export const MemberCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaults}>
      <MemberInputs mode="create" />
    </SimpleForm>
  </Create>
);
