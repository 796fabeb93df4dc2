import { useGetList } from 'react-admin';
import type { Milestone } from './types';

/** A goal's milestones in order (a goal has few: one page holds them all). */
export const useGoalMilestones = (goalId: string | undefined) =>
  useGetList<Milestone>(
    'milestones',
    { filter: { goal: goalId }, sort: { field: 'order', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!goalId },
  );
