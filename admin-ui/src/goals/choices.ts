import { GOAL_STATUSES } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const goalStatusChoices = translatedChoices(GOAL_STATUSES, 'resources.goals.statuses');
