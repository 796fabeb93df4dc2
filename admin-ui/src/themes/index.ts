import ThemeIcon from '@mui/icons-material/LocalOffer';
import { ThemeCreate } from './ThemeCreate';
import { ThemeEdit } from './ThemeEdit';
import { ThemeList } from './ThemeList';
import { ThemeShow } from './ThemeShow';

export const themes = {
  list: ThemeList,
  create: ThemeCreate,
  edit: ThemeEdit,
  show: ThemeShow,
  icon: ThemeIcon,
  recordRepresentation: 'name',
};
