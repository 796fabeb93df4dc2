import { ChipField, EmailField, ReferenceArrayField, SelectField, SingleFieldList, TextField } from 'react-admin';
import { ShowView } from '../common/ShowView';
import { actorKindChoices } from './kinds';

export const ActorShow = () => (
  <ShowView story="actors">
    <TextField source="name" />
    <SelectField source="kind" choices={actorKindChoices} />
    <TextField source="code" />
    <TextField source="organization" />
    <TextField source="title" />
    <EmailField source="email" />
    <TextField source="phone" />
    <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} />
    <ReferenceArrayField source="themes" reference="themes">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
    <ReferenceArrayField source="places" reference="places">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  </ShowView>
);
