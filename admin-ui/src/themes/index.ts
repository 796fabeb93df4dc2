import ThemeIcon from '@mui/icons-material/LocalOffer';
import { lazyView } from '../common/lazyView';

export const themes = {
  list: lazyView(() => import('./ThemeList'), 'ThemeList'),
  create: lazyView(() => import('./ThemeCreate'), 'ThemeCreate'),
  edit: lazyView(() => import('./ThemeEdit'), 'ThemeEdit'),
  show: lazyView(() => import('./ThemeShow'), 'ThemeShow'),
  icon: ThemeIcon,
  recordRepresentation: 'name',
};
