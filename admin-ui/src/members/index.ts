import MemberIcon from '@mui/icons-material/People';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

export const members = {
  list: MemberList,
  create: MemberCreate,
  edit: MemberEdit,
  show: MemberShow,
  icon: MemberIcon,
  recordRepresentation: 'fullName',
};
