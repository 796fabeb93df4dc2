import type { ReactNode } from 'react';
import { Edit, SimpleForm, type EditProps } from 'react-admin';
import type { StorySubject } from '@sigobito/config/contracts';
import { RecordHistory, type HistoryScope } from '../history/RecordHistory';
import { StorySection } from '../story/StorySection';

type EditViewProps = Omit<EditProps, 'children'> & {
  children: ReactNode;
  toolbar?: ReactNode;
  historyScope?: HistoryScope;
  /** An actor, theme or place: its story (360° view) under the form, as on its show page. */
  story?: StorySubject;
};

/**
 * Every edit page: pessimistic, so the server's field errors land next to the inputs
 * before anything is shown as saved, and the record's history under the form.
 */
export const EditView = ({ children, toolbar, historyScope, story, ...props }: EditViewProps) => (
  <Edit mutationMode="pessimistic" {...props}>
    <SimpleForm toolbar={toolbar}>{children}</SimpleForm>
    {story ? <StorySection subject={story} /> : null}
    <RecordHistory scope={historyScope} />
  </Edit>
);
