import { Menu as RaMenu, useTranslate } from 'react-admin';
import { CommunicationMenuItems } from './CommunicationMenuItems';
import { GuideMenuItem } from '../implementation/GuideMenuItem';
import { GoalsMenuItems, HomeMenuItem } from './GoalsMenuItems';
import { ImportMenuItem } from './ImportMenuItem';
import { MyTasksMenuItem } from './MyTasksMenuItem';
import { SettingsMenuItem } from './SettingsMenuItem';

/**
 * Each entry shows only when the user's role may read it (the authProvider's canAccess,
 * fed by the permissions of /me).
 */
export const Menu = () => {
  const translate = useTranslate();
  return (
    <RaMenu>
      <HomeMenuItem />
      <GuideMenuItem />
      <RaMenu.ResourceItem name="activities" primaryText={translate('sigobito.agenda.menu')} />
      <RaMenu.ResourceItem name="requests" />
      <RaMenu.ResourceItem name="tasks" />
      <MyTasksMenuItem />
      <GoalsMenuItems />
      <CommunicationMenuItems />
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
};
