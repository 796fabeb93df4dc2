import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../common/lazyView';

export const activities = {
  list: lazyView(() => import('./ActivityList'), 'ActivityList'),
  create: lazyView(() => import('./ActivityCreate'), 'ActivityCreate'),
  edit: lazyView(() => import('./ActivityEdit'), 'ActivityEdit'),
  show: lazyView(() => import('./ActivityShow'), 'ActivityShow'),
  icon: EventIcon,
  recordRepresentation: 'title',
};
