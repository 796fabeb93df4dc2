import type { Role } from '@sigobito/config';
import type { BackofficeUser, Filters } from '../../backoffice/types';

/* Who reads which part of the agenda: the agenda's resources use it, and other modules ask the registry (targetScope). */

/** Who sees private activities (and so the whole agenda). */
export const FULL_AGENDA_ROLES: Role[] = ['mayor', 'agenda'];
/** Who sees every task; the others see only the tasks assigned to them. */
const ALL_TASKS_ROLES: Role[] = ['mayor', 'agenda', 'follow-up', 'admin'];

export const activityScope = (user: Pick<BackofficeUser, 'role'>): Filters | undefined =>
  FULL_AGENDA_ROLES.includes(user.role) ? undefined : { visibility: { $eq: 'public' } };

export const me = (user: BackofficeUser) => user.member?.id ?? -1;
export const taskScope = (user: BackofficeUser): Filters | undefined =>
  ALL_TASKS_ROLES.includes(user.role) ? undefined : { responsible: { id: { $eq: me(user) } } };

