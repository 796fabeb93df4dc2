import { TreeParentInput } from '../common/TreeParentInput';
import { required, TextInput } from 'react-admin';

export const AreaInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TreeParentInput reference="areas" />
  </>
);
