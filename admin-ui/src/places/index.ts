import PlaceIcon from '@mui/icons-material/Place';
import { lazyView } from '../common/lazyView';

export const places = {
  list: lazyView(() => import('./PlaceList'), 'PlaceList'),
  create: lazyView(() => import('./PlaceCreate'), 'PlaceCreate'),
  edit: lazyView(() => import('./PlaceEdit'), 'PlaceEdit'),
  show: lazyView(() => import('./PlaceShow'), 'PlaceShow'),
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
