import { TaskListView } from './TaskListView';

/** "Mis tareas" (every role): the tasks whose responsible is the caller. */
export const MyTaskList = () => <TaskListView mine />;
