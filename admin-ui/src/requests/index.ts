import RequestIcon from '@mui/icons-material/MoveToInbox';
import { RequestCreate } from './RequestCreate';
import { RequestEdit } from './RequestEdit';
import { RequestList } from './RequestList';
import { RequestShow } from './RequestShow';

export const requests = {
  list: RequestList,
  create: RequestCreate,
  edit: RequestEdit,
  show: RequestShow,
  icon: RequestIcon,
  recordRepresentation: 'subject',
};
