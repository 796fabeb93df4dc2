import TaskIcon from '@mui/icons-material/TaskAlt';
import { TaskCreate } from './TaskCreate';
import { TaskEdit } from './TaskEdit';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export const tasks = {
  list: TaskList,
  create: TaskCreate,
  edit: TaskEdit,
  show: TaskShow,
  icon: TaskIcon,
  recordRepresentation: 'title',
};
