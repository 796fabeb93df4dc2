import MilestoneIcon from '@mui/icons-material/LinearScale';
import type { Milestone } from './types';
import { lazyView } from '../common/lazyView';

export const milestones = {
  list: lazyView(() => import('./MilestoneList'), 'MilestoneList'),
  create: lazyView(() => import('./MilestoneCreate'), 'MilestoneCreate'),
  edit: lazyView(() => import('./MilestoneEdit'), 'MilestoneEdit'),
  icon: MilestoneIcon,
  recordRepresentation: (milestone: Milestone) => `${milestone.order}. ${milestone.title}`,
};
