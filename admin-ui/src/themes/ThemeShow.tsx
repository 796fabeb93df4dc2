import { ReferenceField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';
import { StorySection } from '../story/StorySection';
import { ColourField } from './ColourSwatch';

export const ThemeShow = () => (
  <ShowView>
    <TextField source="code" />
    <TextField source="name" />
    <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    <ColourField source="colour" />
    <ReferenceField source="parent" reference="themes" />
    <StorySection subject="themes" label={false} />
  </ShowView>
);
