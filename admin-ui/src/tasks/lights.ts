import { translatedChoices } from '../common/choices';

/** The task traffic light computed by the API from the due date (`light`). */
export const TASK_LIGHTS = ['on_time', 'due_soon', 'overdue', 'done'] as const;
export type TaskLight = (typeof TASK_LIGHTS)[number];

export const taskLightChoices = translatedChoices(TASK_LIGHTS, 'resources.tasks.lights');

type LightStyle = { background: string; colour: string };

/** Green on time, amber due soon, red overdue, grey done — text colours chosen for AA contrast. */
export const LIGHT_STYLES: Record<TaskLight, LightStyle> = {
  on_time: { background: '#2e7d32', colour: '#ffffff' },
  due_soon: { background: '#ffb300', colour: '#212121' },
  overdue: { background: '#c62828', colour: '#ffffff' },
  done: { background: '#9e9e9e', colour: '#212121' },
};

export const isTaskLight = (value: unknown): value is TaskLight =>
  typeof value === 'string' && (TASK_LIGHTS as readonly string[]).includes(value);

/**
 * Roles that may change only the status and progress of their own tasks (the API answers
 * 400 "Su rol no puede cambiar este campo" for any other change): their form shows only those.
 */
const PROGRESS_ONLY_ROLES = ['staff', 'goal-manager', 'press'];

export const PROGRESS_FIELDS = ['status', 'progress'] as const;

export const mayEditOnlyProgress = (role: unknown): boolean => typeof role === 'string' && PROGRESS_ONLY_ROLES.includes(role);

/** What a progress-only role sends on save: the two fields it may change, nothing else. */
export const progressOnly = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(PROGRESS_FIELDS.filter((field) => field in data).map((field) => [field, data[field]]));
