import { Create, SimpleForm } from 'react-admin';
import { MemberInputs } from './MemberInputs';
import { withDefaults } from '@sigobito/config/contracts';

const defaults = () => ({ role: 'staff', notificationPreferences: withDefaults(undefined) });

export const MemberCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaults}>
      <MemberInputs mode="create" />
    </SimpleForm>
  </Create>
);
