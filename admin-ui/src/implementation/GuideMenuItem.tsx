import ChecklistIcon from '@mui/icons-material/Checklist';
import { Menu, useTranslate } from 'react-admin';
import { can, isRole } from '@sigobito/config/contracts';
import { useMe } from '../goals/useMe';
import { IMPLEMENTATION_GUIDE_PATH } from './route';

/** Who may read the guide: those who manage the network's members, as the API checks it. */
export const mayReadGuide = (role: unknown): boolean => isRole(role) && can(role, 'members', 'update');

export const GuideMenuItem = () => {
  const translate = useTranslate();
  const { me } = useMe();
  if (!mayReadGuide(me?.role)) return null;
  return <Menu.Item to={IMPLEMENTATION_GUIDE_PATH} primaryText={translate('sigobito.guide.menu')} leftIcon={<ChecklistIcon />} />;
};
