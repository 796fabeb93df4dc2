import type { ReactNode } from 'react';
import { Edit, SimpleForm, type EditProps } from 'react-admin';
import { RecordHistory, type HistoryScope } from '../history/RecordHistory';

type EditViewProps = Omit<EditProps, 'children'> & {
  children: ReactNode;
  toolbar?: ReactNode;
  historyScope?: HistoryScope;
};

/**
 * Every edit page: pessimistic, so the server's field errors land next to the inputs
 * before anything is shown as saved, and the record's history under the form.
 */
export const EditView = ({ children, toolbar, historyScope, ...props }: EditViewProps) => (
  <Edit mutationMode="pessimistic" {...props}>
    <SimpleForm toolbar={toolbar}>{children}</SimpleForm>
    <RecordHistory scope={historyScope} />
  </Edit>
);
