import { TreeParentInput } from '../common/TreeParentInput';
import { required, SelectInput, TextInput } from 'react-admin';
import { GeometryInput } from './GeometryInput';
import { placeKindChoices } from './kinds';

export const PlaceInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={placeKindChoices} validate={required()} />
    <TreeParentInput reference="places" />
    <GeometryInput />
  </>
);
