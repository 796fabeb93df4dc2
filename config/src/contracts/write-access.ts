import type { Role } from './permissions';

/*
 * Field allow-lists: what some roles may change on a record their role lets them update. The CMS
 * refuses any other field (400 `forbidden_field`); the back office shows and sends only these.
 */

/** Goal managers change only these fields of the goals they manage; the rest is programmed by follow-up. */
export const GOAL_MANAGER_FIELDS = ['indicatorCurrent', 'budgetExecuted', 'internalNotes'] as const;

/** Roles that change only the status and progress of their own tasks. */
export const PROGRESS_ONLY_ROLES: readonly Role[] = ['staff', 'goal-manager', 'press'];
export const PROGRESS_FIELDS = ['status', 'progress'] as const;

export const isProgressOnlyRole = (role: unknown): boolean => typeof role === 'string' && (PROGRESS_ONLY_ROLES as readonly string[]).includes(role);
