import TaskIcon from '@mui/icons-material/TaskAlt';
import { lazyView } from '../common/lazyView';

export const tasks = {
  list: lazyView(() => import('./TaskList'), 'TaskList'),
  create: lazyView(() => import('./TaskCreate'), 'TaskCreate'),
  edit: lazyView(() => import('./TaskEdit'), 'TaskEdit'),
  show: lazyView(() => import('./TaskShow'), 'TaskShow'),
  icon: TaskIcon,
  recordRepresentation: 'title',
};
