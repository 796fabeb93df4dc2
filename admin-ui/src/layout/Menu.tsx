import { Menu as RaMenu } from 'react-admin';
import { ImportMenuItem } from './ImportMenuItem';
import { SettingsMenuItem } from './SettingsMenuItem';

/**
 * Each entry shows only when the user's role may read it (the authProvider's canAccess,
 * fed by the permissions of /me).
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItem name="actors" />
    <RaMenu.ResourceItem name="themes" />
    <RaMenu.ResourceItem name="places" />
    <RaMenu.ResourceItem name="areas" />
    <RaMenu.ResourceItem name="positions" />
    <RaMenu.ResourceItem name="members" />
    <ImportMenuItem />
    <RaMenu.ResourceItem name="audit-logs" />
    <SettingsMenuItem />
  </RaMenu>
);
