import { InputAdornment } from '@mui/material';
import { FormDataConsumer, TextInput } from 'react-admin';
import { ColourSwatch } from './ColourSwatch';
import { validateColour } from './colour';

/** A #rrggbb text input that previews the colour as it is typed. */
export const ColourInput = () => (
  <FormDataConsumer<{ colour?: string | null }>>
    {({ formData }) => (
      <TextInput
        source="colour"
        validate={validateColour}
        helperText="resources.themes.helpers.colour"
        placeholder="#1565c0"
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <ColourSwatch colour={formData.colour} />
              </InputAdornment>
            ),
          },
        }}
      />
    )}
  </FormDataConsumer>
);
