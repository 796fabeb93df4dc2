import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { MY_TASKS_PATH } from '../agenda/routes';

/** "Mis tareas": for every role that may read tasks (all of them). */
export const MyTasksMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to={MY_TASKS_PATH} primaryText={translate('resources.tasks.my_tasks')} leftIcon={<AssignmentIndIcon />} />;
};
