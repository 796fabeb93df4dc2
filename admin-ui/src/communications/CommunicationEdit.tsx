import { EditView } from '../common/EditView';
import { CommunicationInputs } from './CommunicationInputs';
import { withOriginLinks } from './workflow';

export const CommunicationEdit = () => (
  <EditView redirect="show" transform={withOriginLinks}>
    <CommunicationInputs />
  </EditView>
);
