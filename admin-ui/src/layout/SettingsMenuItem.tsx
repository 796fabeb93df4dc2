import SettingsIcon from '@mui/icons-material/Settings';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { SETTINGS_ID } from '../settings';

/** Settings is one record: straight to its form, or to its read-only page for those who may only read. */
export const SettingsMenuItem = () => {
  const translate = useTranslate();
  const edit = useCanAccess({ resource: 'settings', action: 'edit' });
  const show = useCanAccess({ resource: 'settings', action: 'show' });
  if (edit.isPending || show.isPending) return null;
  const to = edit.canAccess ? `/settings/${SETTINGS_ID}` : show.canAccess ? `/settings/${SETTINGS_ID}/show` : null;
  if (!to) return null;
  return <Menu.Item to={to} primaryText={translate('resources.settings.name')} leftIcon={<SettingsIcon />} />;
};
