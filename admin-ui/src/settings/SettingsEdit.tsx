import { SaveButton, Toolbar } from 'react-admin';
import { EditView } from '../common/EditView';
import { SettingsInputs } from './SettingsInputs';

// A single record: nothing to delete, nowhere to go back to.
const SettingsToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const SettingsEdit = () => (
  <EditView title="resources.settings.name" redirect={false} actions={false} toolbar={<SettingsToolbar />} historyScope="resource">
    <SettingsInputs />
  </EditView>
);
