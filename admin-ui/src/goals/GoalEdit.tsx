import { Alert, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EditView } from '../common/EditView';
import { goalManagerData, isGoalManagerRole } from './access';
import { GoalInputs, GoalManagerInputs } from './GoalInputs';
import { useMe } from './useMe';

/**
 * Follow-up programs every field. A goal manager updates only the current indicator, the
 * executed budget and the internal notes of their goals: they get those inputs, and only
 * those fields are sent.
 */
export const GoalEdit = () => {
  const translate = useTranslate();
  const { me, isPending } = useMe();
  if (isPending) return <Skeleton variant="rectangular" height={240} />;
  if (isGoalManagerRole(me)) {
    return (
      <EditView redirect="show" transform={goalManagerData}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.goals.helpers.manager_only')}
        </Alert>
        <GoalManagerInputs />
      </EditView>
    );
  }
  return (
    <EditView redirect="show">
      <GoalInputs />
    </EditView>
  );
};
