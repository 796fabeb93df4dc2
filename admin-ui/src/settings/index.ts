import SettingsIcon from '@mui/icons-material/Settings';
import { lazyView } from '../common/lazyView';

/** One record, id `current`: reached from the menu at /settings/current, never listed. */
export const SETTINGS_ID = 'current';

export const settings = {
  edit: lazyView(() => import('./SettingsEdit'), 'SettingsEdit'),
  show: lazyView(() => import('./SettingsShow'), 'SettingsShow'),
  icon: SettingsIcon,
  recordRepresentation: 'municipalityName',
};
