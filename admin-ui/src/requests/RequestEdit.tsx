import { EditView } from '../common/EditView';
import { RequestInputs } from './RequestInputs';

/** The workflow fields (status, answer, activity) change only through the show page's buttons. */
export const RequestEdit = () => (
  <EditView redirect="show">
    <RequestInputs />
  </EditView>
);
