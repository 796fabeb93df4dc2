import CampaignIcon from '@mui/icons-material/Campaign';
import { CommunicationCreate } from './CommunicationCreate';
import { CommunicationEdit } from './CommunicationEdit';
import { CommunicationList } from './CommunicationList';
import { CommunicationShow } from './CommunicationShow';

export const communications = {
  list: CommunicationList,
  create: CommunicationCreate,
  edit: CommunicationEdit,
  show: CommunicationShow,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
