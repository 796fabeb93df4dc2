import AreaIcon from '@mui/icons-material/AccountTree';
import { AreaCreate } from './AreaCreate';
import { AreaEdit } from './AreaEdit';
import { AreaList } from './AreaList';
import { AreaShow } from './AreaShow';

export const areas = {
  list: AreaList,
  create: AreaCreate,
  edit: AreaEdit,
  show: AreaShow,
  icon: AreaIcon,
  recordRepresentation: 'name',
};
