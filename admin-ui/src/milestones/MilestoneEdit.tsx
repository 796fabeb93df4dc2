import { EditView } from '../common/EditView';
import { toGoalPage } from './MilestoneCreate';
import { MilestoneInputs } from './MilestoneInputs';

export const MilestoneEdit = () => (
  <EditView redirect={toGoalPage}>
    <MilestoneInputs />
  </EditView>
);
