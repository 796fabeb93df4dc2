import type { ReactNode } from 'react';
import { Show, SimpleShowLayout, type ShowProps } from 'react-admin';
import { RecordHistory, type HistoryScope } from '../history/RecordHistory';

type ShowViewProps = Omit<ShowProps, 'children'> & { children: ReactNode; historyScope?: HistoryScope };

/** Every show page: the fields, then the record's history. */
export const ShowView = ({ children, historyScope, ...props }: ShowViewProps) => (
  <Show {...props}>
    <SimpleShowLayout>{children}</SimpleShowLayout>
    <RecordHistory scope={historyScope} />
  </Show>
);
