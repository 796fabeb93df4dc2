import PositionIcon from '@mui/icons-material/Badge';
import { lazyView } from '../common/lazyView';

export const positions = {
  list: lazyView(() => import('./PositionList'), 'PositionList'),
  create: lazyView(() => import('./PositionCreate'), 'PositionCreate'),
  edit: lazyView(() => import('./PositionEdit'), 'PositionEdit'),
  show: lazyView(() => import('./PositionShow'), 'PositionShow'),
  icon: PositionIcon,
  recordRepresentation: 'name',
};
