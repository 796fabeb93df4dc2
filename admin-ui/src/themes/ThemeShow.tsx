import { ReferenceField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';
import { RelatedCommunications } from '../communications/RelatedCommunications';
import { ColourField } from './ColourSwatch';

export const ThemeShow = () => (
  <ShowView>
    <TextField source="code" />
    <TextField source="name" />
    <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    <ColourField source="colour" />
    <ReferenceField source="parent" reference="themes" />
    <RelatedCommunications field="themes" label={false} />
  </ShowView>
);
