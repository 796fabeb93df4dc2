import { forwardRef } from 'react';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { MY_NOTIFICATIONS_PATH } from '../profile/MyNotificationsPage';

// A forwardRef so the menu can move the focus onto it (MUI's keyboard navigation).
const MyNotificationsItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={MY_NOTIFICATIONS_PATH} ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <MarkEmailReadIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('sigobito.profile.notifications.title')}</ListItemText>
    </MenuItem>
  );
});
MyNotificationsItem.displayName = 'MyNotificationsItem';

export const UserMenu = () => (
  <RaUserMenu>
    <MyNotificationsItem />
    <Logout />
  </RaUserMenu>
);
