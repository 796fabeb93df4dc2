import { FunctionField, ReferenceField, SelectField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';
import { formatGeometry } from './geometry';
import { placeKindChoices } from './kinds';

export const PlaceShow = () => (
  <ShowView story="places">
    <TextField source="code" />
    <TextField source="name" />
    <SelectField source="kind" choices={placeKindChoices} />
    <ReferenceField source="parent" reference="places" />
    <FunctionField
      source="geometry"
      render={(record: { geometry?: unknown }) =>
        record.geometry ? (
          <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto' }}>{formatGeometry(record.geometry)}</pre>
        ) : null
      }
    />
  </ShowView>
);
