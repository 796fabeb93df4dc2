import PlaceIcon from '@mui/icons-material/Place';
import { PlaceCreate } from './PlaceCreate';
import { PlaceEdit } from './PlaceEdit';
import { PlaceList } from './PlaceList';
import { PlaceShow } from './PlaceShow';

export const places = {
  list: PlaceList,
  create: PlaceCreate,
  edit: PlaceEdit,
  show: PlaceShow,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
