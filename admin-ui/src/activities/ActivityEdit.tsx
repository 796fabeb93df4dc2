import { EditView } from '../common/EditView';
import { ActivityInputs } from './ActivityInputs';

export const ActivityEdit = () => (
  <EditView redirect="show">
    <ActivityInputs />
  </EditView>
);
