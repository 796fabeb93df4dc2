import { MILESTONE_STATUSES } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const milestoneStatusChoices = translatedChoices(MILESTONE_STATUSES, 'resources.milestones.statuses');
