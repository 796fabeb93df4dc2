import { GOAL_MANAGER_FIELDS } from '@sigobito/config/contracts';
import { isAllowed } from '../permissions';
import type { Me } from '../session';

type Managed = { manager?: string | null };

const GOAL_MANAGER = 'goal-manager';

export const isGoalManagerRole = (me: Pick<Me, 'role'> | null | undefined): boolean => me?.role === GOAL_MANAGER;

/** Whether the caller is the goal's manager (a goal-manager role or anyone named manager). */
export const managesGoal = (me: Pick<Me, 'member'> | null | undefined, goal: Managed | null | undefined): boolean =>
  !!me?.member && !!goal?.manager && goal.manager === me.member.id;

/**
 * Whether the caller may write a milestone, progress report or ARO under this goal: the role
 * must allow it, and a goal-manager only under the goals they manage (the API refuses the rest).
 */
export const mayWriteUnderGoal = (me: Me | null | undefined, goal: Managed | null | undefined, resource: string, raAction: string): boolean => {
  if (!me || !goal || !isAllowed(me.permissions, resource, raAction)) return false;
  return !isGoalManagerRole(me) || managesGoal(me, goal);
};

/** Whether the caller may edit the goal at all (follow-up: any; a goal manager: their own). */
export const mayEditGoal = (me: Me | null | undefined, goal: Managed | null | undefined): boolean => mayWriteUnderGoal(me, goal, 'goals', 'edit');

/** What a goal manager sends on save: the fields they may change, nothing the server would refuse. */
export const pickFields =
  <T extends string>(fields: readonly T[]) =>
  (data: Record<string, unknown>): Partial<Record<T, unknown>> =>
    Object.fromEntries(fields.filter((field) => field in data).map((field) => [field, data[field]])) as Partial<Record<T, unknown>>;

export const goalManagerData = pickFields(GOAL_MANAGER_FIELDS);
