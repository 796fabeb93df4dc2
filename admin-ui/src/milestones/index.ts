import MilestoneIcon from '@mui/icons-material/LinearScale';
import { MilestoneCreate } from './MilestoneCreate';
import { MilestoneEdit } from './MilestoneEdit';
import { MilestoneList } from './MilestoneList';
import type { Milestone } from './types';

export const milestones = {
  list: MilestoneList,
  create: MilestoneCreate,
  edit: MilestoneEdit,
  icon: MilestoneIcon,
  recordRepresentation: (milestone: Milestone) => `${milestone.order}. ${milestone.title}`,
};
