import { EditView } from '../common/EditView';
import { ActorInputs } from './ActorInputs';

export const ActorEdit = () => (
  <EditView story="actors">
    <ActorInputs />
  </EditView>
);
