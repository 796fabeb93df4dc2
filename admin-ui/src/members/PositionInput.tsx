import { AutocompleteInput, FormDataConsumer, ReferenceInput } from 'react-admin';

/** Positions of the chosen area only, once an area is chosen. */
export const PositionInput = () => (
  <FormDataConsumer<{ area?: string | null }>>
    {({ formData }) => (
      <ReferenceInput
        source="position"
        reference="positions"
        filter={formData.area ? { area: formData.area } : {}}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);
