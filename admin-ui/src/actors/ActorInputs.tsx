import {
  AutocompleteArrayInput,
  email,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { actorKindChoices } from './kinds';

const byName = { field: 'name', order: 'ASC' } as const;

export const ActorInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={actorKindChoices} validate={required()} defaultValue="person" />
    <TextInput source="code" />
    <TextInput source="organization" />
    <TextInput source="title" />
    <TextInput source="email" type="email" validate={email()} />
    <TextInput source="phone" type="tel" />
    <TextInput source="notes" multiline minRows={3} />
    <ReferenceArrayInput source="themes" reference="themes" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="places" reference="places" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
  </>
);
