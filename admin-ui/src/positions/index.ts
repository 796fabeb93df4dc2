import PositionIcon from '@mui/icons-material/Badge';
import { PositionCreate } from './PositionCreate';
import { PositionEdit } from './PositionEdit';
import { PositionList } from './PositionList';
import { PositionShow } from './PositionShow';

export const positions = {
  list: PositionList,
  create: PositionCreate,
  edit: PositionEdit,
  show: PositionShow,
  icon: PositionIcon,
  recordRepresentation: 'name',
};
