import { ReferenceField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';
import { ColourField } from './ColourSwatch';

export const ThemeShow = () => (
  <ShowView story="themes">
    <TextField source="code" />
    <TextField source="name" />
    <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    <ColourField source="colour" />
    <ReferenceField source="parent" reference="themes" />
  </ShowView>
);
