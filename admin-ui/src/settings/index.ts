import SettingsIcon from '@mui/icons-material/Settings';
import { SettingsEdit } from './SettingsEdit';
import { SettingsShow } from './SettingsShow';

/** One record, id `current`: reached from the menu at /settings/current, never listed. */
export const SETTINGS_ID = 'current';

export const settings = {
  edit: SettingsEdit,
  show: SettingsShow,
  icon: SettingsIcon,
  recordRepresentation: 'municipalityName',
};
