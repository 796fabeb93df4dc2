import { TreeParentInput } from '../common/TreeParentInput';
import { required, TextInput } from 'react-admin';
import { ColourInput } from './ColourInput';

export const ThemeInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={3} />
    <ColourInput />
    <TreeParentInput reference="themes" />
  </>
);
