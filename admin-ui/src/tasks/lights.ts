import { PROGRESS_FIELDS, TASK_LIGHTS, type TaskLight } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const taskLightChoices = translatedChoices(TASK_LIGHTS, 'resources.tasks.lights');

type LightStyle = { background: string; colour: string };

/** Green on time, amber due soon, red overdue, grey done, outlined-grey cancelled — text colours chosen for AA contrast. */
export const LIGHT_STYLES: Record<TaskLight, LightStyle> = {
  on_time: { background: '#2e7d32', colour: '#ffffff' },
  due_soon: { background: '#ffb300', colour: '#212121' },
  overdue: { background: '#c62828', colour: '#ffffff' },
  done: { background: '#9e9e9e', colour: '#212121' },
  cancelled: { background: '#eeeeee', colour: '#424242' },
};

/**
 * What a progress-only role (`PROGRESS_ONLY_ROLES`: the API answers 400 "Su rol no puede cambiar
 * este campo" for any other change) sends on save: the two fields it may change, nothing else.
 */
export const progressOnly = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(PROGRESS_FIELDS.filter((field) => field in data).map((field) => [field, data[field]]));
