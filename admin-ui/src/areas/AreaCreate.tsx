import { Create, SimpleForm } from 'react-admin';
import { AreaInputs } from './AreaInputs';

export const AreaCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <AreaInputs />
    </SimpleForm>
  </Create>
);
