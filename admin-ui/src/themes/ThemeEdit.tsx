import { EditView } from '../common/EditView';
import { ThemeInputs } from './ThemeInputs';

export const ThemeEdit = () => (
  <EditView story="themes">
    <ThemeInputs />
  </EditView>
);
