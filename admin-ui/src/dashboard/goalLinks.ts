import { GOAL_HEALTHS, OPEN_ARO_STATUSES, type GoalHealth } from '@sigobito/config/contracts';
import { listPath } from '../goals/health';

/** Where each number of the "Tablero" leads: the list behind it, already filtered. */
export const OVERDUE_MILESTONES_PATH = listPath('milestones', { late: true });
export const OPEN_RESTRICTIONS_PATH = listPath('aros', { kind: 'restriction', status: OPEN_ARO_STATUSES });
// The task list's traffic-light filter is a multiple select: an array, which the API also reads.
export const OVERDUE_COMMITMENTS_PATH = listPath('tasks', { kind: 'commitment', light: ['overdue'] });

export type HealthBar = { health: GoalHealth; count: number };

/** One bar per state of health, in order, with its number of goals (0 when missing). */
export const healthBars = (counts: Partial<Record<GoalHealth, number>> | undefined): HealthBar[] =>
  GOAL_HEALTHS.map((health) => ({ health, count: Math.max(0, Number(counts?.[health]) || 0) }));
