import { GoalListView } from './GoalListView';

export const GoalList = () => <GoalListView />;
