import { EditView } from '../common/EditView';
import { PositionInputs } from './PositionInputs';

export const PositionEdit = () => (
  <EditView>
    <PositionInputs />
  </EditView>
);
