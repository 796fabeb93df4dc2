import ActorIcon from '@mui/icons-material/Groups';
import { ActorCreate } from './ActorCreate';
import { ActorEdit } from './ActorEdit';
import { ActorList } from './ActorList';
import { ActorShow } from './ActorShow';

export const actors = {
  list: ActorList,
  create: ActorCreate,
  edit: ActorEdit,
  show: ActorShow,
  icon: ActorIcon,
  recordRepresentation: 'name',
};
