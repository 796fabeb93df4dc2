import AreaIcon from '@mui/icons-material/AccountTree';
import { lazyView } from '../common/lazyView';

export const areas = {
  list: lazyView(() => import('./AreaList'), 'AreaList'),
  create: lazyView(() => import('./AreaCreate'), 'AreaCreate'),
  edit: lazyView(() => import('./AreaEdit'), 'AreaEdit'),
  show: lazyView(() => import('./AreaShow'), 'AreaShow'),
  icon: AreaIcon,
  recordRepresentation: 'name',
};
