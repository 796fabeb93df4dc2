import { TextInput } from 'react-admin';
import { formatGeometry, isValidGeometryText } from './geometry';

const validateGeometry = (value: unknown): string | undefined =>
  isValidGeometryText(value) ? undefined : 'resources.places.validation.geometry';

// Keep exactly what was typed; the data provider turns it into an object on save.
const keepText = (value: string) => value;

export const GeometryInput = () => (
  <TextInput
    source="geometry"
    multiline
    minRows={4}
    maxRows={16}
    format={formatGeometry}
    parse={keepText}
    validate={validateGeometry}
    helperText="resources.places.helpers.geometry"
    slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
  />
);
