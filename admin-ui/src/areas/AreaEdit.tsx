import { EditView } from '../common/EditView';
import { AreaInputs } from './AreaInputs';

export const AreaEdit = () => (
  <EditView>
    <AreaInputs />
  </EditView>
);
