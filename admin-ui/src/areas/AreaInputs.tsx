import { AutocompleteInput, ReferenceInput, required, TextInput } from 'react-admin';

export const AreaInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <ReferenceInput source="parent" reference="areas" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>
  </>
);
