import type { ReactNode } from 'react';
import { Show, SimpleShowLayout, type ShowProps } from 'react-admin';
import { RecordHistory, type HistoryScope } from '../history/RecordHistory';
import { DateTimeField } from './DateTimeField';

type ShowViewProps = Omit<ShowProps, 'children'> & { children: ReactNode; historyScope?: HistoryScope };

/** Every show page: the fields, when the record was created and last modified, then its history. */
export const ShowView = ({ children, historyScope, ...props }: ShowViewProps) => (
  <Show {...props}>
    <SimpleShowLayout>
      {children}
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
    <RecordHistory scope={historyScope} />
  </Show>
);
