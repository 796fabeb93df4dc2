import { Create, SimpleForm } from 'react-admin';
import { ThemeInputs } from './ThemeInputs';

export const ThemeCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ThemeInputs />
    </SimpleForm>
  </Create>
);
