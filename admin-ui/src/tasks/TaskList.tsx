import { TaskListView } from './TaskListView';

export const TaskList = () => <TaskListView />;
