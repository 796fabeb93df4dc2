import { Create, SimpleForm } from 'react-admin';
import { CommunicationInputs } from './CommunicationInputs';
import { withOriginLinks } from './workflow';

/** A new communication action needs only its title; it starts identified. */
export const CommunicationCreate = () => (
  <Create redirect="show" transform={withOriginLinks}>
    <SimpleForm>
      <CommunicationInputs />
    </SimpleForm>
  </Create>
);
