import { Create, SimpleForm } from 'react-admin';
import { RequestInputs } from './RequestInputs';

export const RequestCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <RequestInputs />
    </SimpleForm>
  </Create>
);
