import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { MemberInput } from '../agenda/MemberInputs';
import { SectionTitle } from '../common/SectionTitle';
import { originChoices } from './workflow';

const byName = { field: 'name', order: 'ASC' } as const;
const byCode = { field: 'code', order: 'ASC' } as const;
const goalLabel = (goal: { code?: string; title?: string }) => `${goal.code ?? ''} · ${goal.title ?? ''}`;
const milestoneLabel = (milestone: { order?: number; title?: string }) => `${milestone.order ?? ''}. ${milestone.title ?? ''}`;

/** The record it tells about, for the origin chosen. */
const OriginInput = () => {
  const origin = useWatch({ name: 'origin' }) as string | undefined;
  const goal = useWatch({ name: 'goal' }) as string | undefined;
  if (origin === 'activity') {
    return (
      <ReferenceInput source="activity" reference="activities" sort={{ field: 'start', order: 'DESC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
    );
  }
  if (origin === 'goal' || origin === 'milestone') {
    return (
      <>
        <ReferenceInput source="goal" reference="goals" sort={byCode}>
          <AutocompleteInput optionText={goalLabel} validate={origin === 'goal' ? required() : undefined} />
        </ReferenceInput>
        {origin === 'milestone' && (
          <ReferenceInput source="milestone" reference="milestones" sort={{ field: 'order', order: 'ASC' }} filter={goal ? { goal } : undefined}>
            <AutocompleteInput optionText={milestoneLabel} validate={required()} />
          </ReferenceInput>
        )}
      </>
    );
  }
  return null;
};

/**
 * A communication action's fields (create and edit): where it comes from, what to say and to
 * whom, its themes, places and actors, who edits it and when it is meant to go out. The status
 * is never here: it moves with the workflow buttons.
 */
export const CommunicationInputs = () => (
  <>
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <SectionTitle title="resources.communications.sections.origin" />
    <SelectInput source="origin" choices={originChoices} defaultValue="institutional" validate={required()} helperText="resources.communications.helpers.origin" />
    <OriginInput />
    <SectionTitle title="resources.communications.sections.message" />
    <TextInput source="keyMessage" multiline minRows={2} validate={maxLength(2000)} helperText="resources.communications.helpers.keyMessage" />
    <TextInput source="audience" validate={maxLength(200)} />
    <MemberInput source="editor" />
    <DateInput source="plannedDate" helperText="resources.communications.helpers.plannedDate" />
    <SectionTitle title="resources.communications.sections.links" />
    <ReferenceArrayInput source="themes" reference="themes" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="places" reference="places" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="actors" reference="actors" sort={byName}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>
  </>
);
