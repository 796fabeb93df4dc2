import { Create, SimpleForm } from 'react-admin';
import { goalShowPath } from '../goals/routes';
import { MilestoneInputs } from './MilestoneInputs';

/** Back to the goal's page, where the new milestone shows on the timeline. */
export const toGoalPage = (_resource?: string, _id?: unknown, data?: Record<string, unknown>) =>
  typeof data?.goal === 'string' ? goalShowPath(data.goal).slice(1) : 'list';

const DEFAULTS = { weight: 1, status: 'pending', critical: false };

/** Opened from a goal ("Añadir hito"), the goal and the next order come filled in (`?source=`). */
export const MilestoneCreate = () => (
  <Create redirect={toGoalPage}>
    <SimpleForm defaultValues={DEFAULTS}>
      <MilestoneInputs />
    </SimpleForm>
  </Create>
);
