import type { ReactNode } from 'react';
import { Show, SimpleShowLayout, type ShowProps } from 'react-admin';
import { RecordHistory, type HistoryScope } from '../history/RecordHistory';
import type { StorySubject } from '@sigobito/config/contracts';
import { StorySection } from '../story/StorySection';
import { DateTimeField } from './DateTimeField';

/** `story`: an actor, theme or place shows its story (360° view) before its history. */
type ShowViewProps = Omit<ShowProps, 'children'> & { children: ReactNode; historyScope?: HistoryScope; story?: StorySubject };

/** Every show page: the fields, when the record was created and last modified, its story if it has one, then its history. */
export const ShowView = ({ children, historyScope, story, ...props }: ShowViewProps) => (
  <Show {...props}>
    <SimpleShowLayout>
      {children}
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
    {story ? <StorySection subject={story} /> : null}
    <RecordHistory scope={historyScope} />
  </Show>
);
