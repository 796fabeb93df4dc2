import { Create, SimpleForm } from 'react-admin';
import { ActorInputs } from './ActorInputs';

export const ActorCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ActorInputs />
    </SimpleForm>
  </Create>
);
