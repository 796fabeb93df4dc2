import { GoalListView } from './GoalListView';

/** "Mis metas": the goals the caller manages. */
export const MyGoalList = () => <GoalListView mine />;
