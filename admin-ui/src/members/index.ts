import MemberIcon from '@mui/icons-material/People';
import { lazyView } from '../common/lazyView';

export const members = {
  list: lazyView(() => import('./MemberList'), 'MemberList'),
  create: lazyView(() => import('./MemberCreate'), 'MemberCreate'),
  edit: lazyView(() => import('./MemberEdit'), 'MemberEdit'),
  show: lazyView(() => import('./MemberShow'), 'MemberShow'),
  icon: MemberIcon,
  recordRepresentation: 'fullName',
};
