import { daysBetween, localDate } from './dates';
import { CLOSED_TASK_STATUSES, type TaskLight, type TaskStatus } from './task-status';

export type TaskLightInput = { status: TaskStatus; dueDate: string | null };

/**
 * The task traffic light, a function of the task and "now" in the municipality's time zone:
 * a done task is `done`, a cancelled one `cancelled` (never shown as done); an open task is `overdue` from the day after its due date,
 * `due_soon` from `dueSoonDays` days before it up to the due date itself, else `on_time`.
 */
/** `opts.today`: the local day of `now` when the caller computed it already (once for a whole list). */
export function taskLight(task: TaskLightInput, now: Date, opts: { dueSoonDays: number; timeZone: string; today?: string }): TaskLight {
  if (task.status === 'cancelled') return 'cancelled';
  if (CLOSED_TASK_STATUSES.includes(task.status)) return 'done';
  if (!task.dueDate) return 'on_time';
  const daysLeft = daysBetween(opts.today ?? localDate(now, opts.timeZone), task.dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= opts.dueSoonDays) return 'due_soon';
  return 'on_time';
}
