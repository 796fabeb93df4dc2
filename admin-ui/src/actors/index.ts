import ActorIcon from '@mui/icons-material/Groups';
import { lazyView } from '../common/lazyView';

export const actors = {
  list: lazyView(() => import('./ActorList'), 'ActorList'),
  create: lazyView(() => import('./ActorCreate'), 'ActorCreate'),
  edit: lazyView(() => import('./ActorEdit'), 'ActorEdit'),
  show: lazyView(() => import('./ActorShow'), 'ActorShow'),
  icon: ActorIcon,
  recordRepresentation: 'name',
};
