import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { GeometryInput } from './GeometryInput';
import { placeKindChoices } from './kinds';

export const PlaceInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={placeKindChoices} validate={required()} />
    <ReferenceInput source="parent" reference="places" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>
    <GeometryInput />
  </>
);
