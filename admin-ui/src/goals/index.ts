import GoalIcon from '@mui/icons-material/Flag';
import type { Goal } from './types';
import { lazyView } from '../common/lazyView';

export const goals = {
  // Who opens the list of goals mostly opens a goal next.
  list: lazyView(() => import('./GoalList'), 'GoalList', () => import('./GoalShow')),
  create: lazyView(() => import('./GoalCreate'), 'GoalCreate'),
  edit: lazyView(() => import('./GoalEdit'), 'GoalEdit'),
  show: lazyView(() => import('./GoalShow'), 'GoalShow'),
  icon: GoalIcon,
  recordRepresentation: (goal: Goal) => `${goal.code} · ${goal.title}`,
};
