import { Create, SimpleForm } from 'react-admin';
import { GoalInputs } from './GoalInputs';

export const GoalCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <GoalInputs />
    </SimpleForm>
  </Create>
);
