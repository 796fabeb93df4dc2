import { Create, SimpleForm } from 'react-admin';
import { PositionInputs } from './PositionInputs';

export const PositionCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <PositionInputs />
    </SimpleForm>
  </Create>
);
