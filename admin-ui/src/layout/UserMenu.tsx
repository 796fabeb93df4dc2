import { forwardRef } from 'react';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactElement } from 'react';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import PasswordIcon from '@mui/icons-material/Password';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH, MY_NOTIFICATIONS_PATH } from '../profile/routes';

type ProfileItemProps = { to: string; icon: ReactElement; label: string };

// A forwardRef so the menu can move the focus onto it (MUI's keyboard navigation).
const ProfileItem = forwardRef<HTMLAnchorElement, ProfileItemProps>(({ to, icon, label, ...props }, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={to} ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{translate(label)}</ListItemText>
    </MenuItem>
  );
});
ProfileItem.displayName = 'ProfileItem';

export const UserMenu = () => (
  <RaUserMenu>
    <ProfileItem to={MY_NOTIFICATIONS_PATH} icon={<MarkEmailReadIcon fontSize="small" />} label="sigobito.profile.notifications.title" />
    <ProfileItem to={CHANGE_PASSWORD_PATH} icon={<PasswordIcon fontSize="small" />} label="sigobito.profile.password.title" />
    <Logout />
  </RaUserMenu>
);
