import { GOAL_HEALTHS, listPath, type GoalHealth } from '../goals/health';

/** Where each number of the "Tablero" leads: the list behind it, already filtered. */
export const OVERDUE_MILESTONES_PATH = listPath('milestones', { late: true });
export const OPEN_RESTRICTIONS_PATH = listPath('aros', { kind: 'restriction', status: ['open', 'in_treatment'] });
// The task list's traffic-light filter is a multiple select: an array, which the API also reads.
export const OVERDUE_COMMITMENTS_PATH = listPath('tasks', { kind: 'commitment', light: ['overdue'] });

export type HealthBar = { health: GoalHealth; count: number; length: number };

/** One bar per state of health, in order, its length proportional to the largest count (0 when there are no goals). */
export const healthBars = (counts: Partial<Record<GoalHealth, number>> | undefined, maxLength: number): HealthBar[] => {
  const values = GOAL_HEALTHS.map((health) => Math.max(0, Number(counts?.[health]) || 0));
  const max = Math.max(0, ...values);
  return GOAL_HEALTHS.map((health, i) => ({ health, count: values[i], length: max > 0 ? (values[i] / max) * maxLength : 0 }));
};
