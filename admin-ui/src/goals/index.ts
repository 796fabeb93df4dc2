import GoalIcon from '@mui/icons-material/Flag';
import { GoalCreate } from './GoalCreate';
import { GoalEdit } from './GoalEdit';
import { GoalList } from './GoalList';
import { GoalShow } from './GoalShow';
import type { Goal } from './types';

export const goals = {
  list: GoalList,
  create: GoalCreate,
  edit: GoalEdit,
  show: GoalShow,
  icon: GoalIcon,
  recordRepresentation: (goal: Goal) => `${goal.code} · ${goal.title}`,
};
