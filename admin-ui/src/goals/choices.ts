import { translatedChoices } from '../common/choices';

export const GOAL_STATUSES = ['draft', 'programmed', 'in_execution', 'completed', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const goalStatusChoices = translatedChoices(GOAL_STATUSES, 'resources.goals.statuses');
