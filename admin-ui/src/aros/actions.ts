import { ARO_MANAGER_FIELDS, ARO_STATUSES, OPEN_ARO_STATUSES, RAISER_ONLY_ARO_FIELDS, type AroStatus } from '@sigobito/config/contracts';
import { isGoalManagerRole } from '../goals/access';
import { isAllowed } from '../permissions';
import type { Me } from '../session';
import type { Aro } from './types';

/** Only these fields leave the "Registrar ARO" form: the API answers 400 for the others when a goal manager sends them. */
export const aroDescriptionData = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(ARO_MANAGER_FIELDS.filter((field) => field in data).map((field) => [field, data[field] === '' ? null : data[field]]));

/** The fields of an existing ARO the caller may see but not change in the form. */
export const lockedAroFields = (me: Me | null | undefined, aro: Pick<Aro, 'raisedBy'> | undefined): readonly string[] =>
  aro && isGoalManagerRole(me) && aro.raisedBy !== me?.member?.id ? RAISER_ONLY_ARO_FIELDS : [];

/** Treating (status and notes) is for who may update ARO and is not a goal manager: follow-up. */
export const mayTreatAro = (me: Me | null | undefined): boolean => !!me && isAllowed(me.permissions, 'aros', 'edit') && !isGoalManagerRole(me);

/** Only open restrictions not yet escalated (no task of theirs), by who treats ARO and may create tasks. */
export const mayEscalateAro = (me: Me | null | undefined, aro: Pick<Aro, 'kind' | 'status' | 'tasks'>): boolean =>
  mayTreatAro(me) && isAllowed(me?.permissions, 'tasks', 'create') && aro.kind === 'restriction' && OPEN_ARO_STATUSES.includes(aro.status) && !aro.tasks?.length;

/** The board: one column per status, in the workflow's order, highest severity first in each. */
export const boardColumns = <T extends Pick<Aro, 'status' | 'severity' | 'dueDate'>>(aros: readonly T[]): Array<{ status: AroStatus; aros: T[] }> => {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return ARO_STATUSES.map((status) => ({
    status,
    aros: aros
      .filter((aro) => aro.status === status)
      .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
  }));
};
