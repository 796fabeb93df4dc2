/** The goal's own stage, set by follow-up (not computed). */
export const GOAL_STATUSES = ['draft', 'programmed', 'in_execution', 'completed', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * Goals outside follow-up: a draft is not yet a commitment and a cancelled goal no longer is.
 * Their health is not counted on the dashboard nor matched by the `health` filter.
 */
export const UNFOLLOWED_GOAL_STATUSES: readonly GoalStatus[] = ['draft', 'cancelled'];

/** Goals whose work is over: no reminders, no handover of their open items. */
export const FINISHED_GOAL_STATUSES: readonly GoalStatus[] = ['completed', 'cancelled'];

/** Goals whose milestones call for nobody: not yet committed, or over. */
export const QUIET_GOAL_STATUSES: readonly GoalStatus[] = [...new Set([...UNFOLLOWED_GOAL_STATUSES, ...FINISHED_GOAL_STATUSES])];
