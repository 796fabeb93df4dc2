export const TASK_STATUSES = ['pending', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Tasks whose work is over: they have no due-date light, and finishing one again does not re-stamp it. */
export const CLOSED_TASK_STATUSES: readonly TaskStatus[] = ['done', 'cancelled'];

/**
 * The task traffic light the API computes from the due date (`light`). A cancelled task has its
 * own light: it was not done, and showing it as "Cumplida" would say otherwise.
 */
export const TASK_LIGHTS = ['on_time', 'due_soon', 'overdue', 'done', 'cancelled'] as const;
export type TaskLight = (typeof TASK_LIGHTS)[number];

export const isTaskLight = (value: unknown): value is TaskLight => typeof value === 'string' && (TASK_LIGHTS as readonly string[]).includes(value);
