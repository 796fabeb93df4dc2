import { ReferenceField, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';

export const PositionShow = () => (
  <ShowView>
    <TextField source="code" />
    <TextField source="name" />
    <ReferenceField source="area" reference="areas" />
  </ShowView>
);
