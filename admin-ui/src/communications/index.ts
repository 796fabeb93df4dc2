import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyView } from '../common/lazyView';

export const communications = {
  list: lazyView(() => import('./CommunicationList'), 'CommunicationList'),
  create: lazyView(() => import('./CommunicationCreate'), 'CommunicationCreate'),
  edit: lazyView(() => import('./CommunicationEdit'), 'CommunicationEdit'),
  show: lazyView(() => import('./CommunicationShow'), 'CommunicationShow'),
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
