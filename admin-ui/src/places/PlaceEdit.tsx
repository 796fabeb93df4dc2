import { EditView } from '../common/EditView';
import { PlaceInputs } from './PlaceInputs';

export const PlaceEdit = () => (
  <EditView story="places">
    <PlaceInputs />
  </EditView>
);
