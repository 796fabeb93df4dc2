import { Create, SimpleForm } from 'react-admin';
import { PlaceInputs } from './PlaceInputs';

export const PlaceCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <PlaceInputs />
    </SimpleForm>
  </Create>
);
