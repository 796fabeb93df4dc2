import { translatedChoices } from '../common/choices';

export const MILESTONE_STATUSES = ['pending', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const milestoneStatusChoices = translatedChoices(MILESTONE_STATUSES, 'resources.milestones.statuses');
