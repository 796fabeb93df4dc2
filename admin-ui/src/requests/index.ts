import RequestIcon from '@mui/icons-material/MoveToInbox';
import { lazyView } from '../common/lazyView';

export const requests = {
  list: lazyView(() => import('./RequestList'), 'RequestList'),
  create: lazyView(() => import('./RequestCreate'), 'RequestCreate'),
  edit: lazyView(() => import('./RequestEdit'), 'RequestEdit'),
  show: lazyView(() => import('./RequestShow'), 'RequestShow'),
  icon: RequestIcon,
  recordRepresentation: 'subject',
};
