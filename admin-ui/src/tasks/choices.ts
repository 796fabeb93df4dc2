import { TASK_STATUSES } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const TASK_KINDS = ['instruction', 'errand', 'commitment'] as const;
/** What the server computes from the links the reader may see: a hidden private activity is no origin. */
export const TASK_ORIGINS = ['activity', 'request', 'goal', 'aro', 'none'] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];
export const PRIORITIES = [1, 2, 3, 4, 5] as const;

export const taskKindChoices = translatedChoices(TASK_KINDS, 'resources.tasks.kinds');
export const taskStatusChoices = translatedChoices(TASK_STATUSES, 'resources.tasks.statuses');
export const taskOriginChoices = translatedChoices(TASK_ORIGINS, 'resources.tasks.origins');
export const priorityChoices = PRIORITIES.map((id) => ({ id, name: `resources.tasks.priorities.${id}` }));
