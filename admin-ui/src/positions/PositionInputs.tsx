import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';

export const PositionInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="area" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>
  </>
);
