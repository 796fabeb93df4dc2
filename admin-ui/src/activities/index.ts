import EventIcon from '@mui/icons-material/Event';
import { ActivityCreate } from './ActivityCreate';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList } from './ActivityList';
import { ActivityShow } from './ActivityShow';

export const activities = {
  list: ActivityList,
  create: ActivityCreate,
  edit: ActivityEdit,
  show: ActivityShow,
  icon: EventIcon,
  recordRepresentation: 'title',
};
