import { Alert, Skeleton } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { EditView } from '../common/EditView';
import type { Me } from '../session';
import { isProgressOnlyRole } from '@sigobito/config/contracts';
import { progressOnly } from './lights';
import { TaskInputs, TaskProgressInputs } from './TaskInputs';

/**
 * Staff, goal managers and press may change only the status and progress of their own tasks:
 * they get those two inputs, and only those two fields are sent.
 */
export const TaskEdit = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Me | null>();
  if (isPending) return <Skeleton variant="rectangular" height={240} />;
  if (isProgressOnlyRole(permissions?.role)) {
    return (
      <EditView redirect="show" transform={progressOnly}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.tasks.helpers.progress_only')}
        </Alert>
        <TaskProgressInputs />
      </EditView>
    );
  }
  return (
    <EditView redirect="show">
      <TaskInputs />
    </EditView>
  );
};
