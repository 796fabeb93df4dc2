import { canMoveRequest, isOwnKey, REQUEST_TRANSITIONS, type RequestStatus } from '@sigobito/config/contracts';
import type { FieldError } from '../../backoffice/errors';
import type { Workflow } from '../../backoffice/types';

const isStatus = (v: unknown): v is RequestStatus => isOwnKey(REQUEST_TRANSITIONS, v);

/** Pure: a request starts received and then moves only along REQUEST_TRANSITIONS (the same words as the transition action's). */
export function requestStatusProblems(from: string | undefined, to: string | undefined): FieldError[] {
  if (to === undefined || to === from) return [];
  if (from === undefined) return to === 'received' ? [] : [{ path: 'status', code: 'invalid_initial', params: { first: 'received' }, message: 'Una solicitud empieza recibida' }];
  if (isStatus(from) && isStatus(to) && canMoveRequest(from, to)) return [];
  const allowed = isStatus(from) ? REQUEST_TRANSITIONS[from] : [];
  return [
    allowed.length
      ? { path: 'status', code: 'invalid_transition', params: { resource: 'requests', allowed: [...allowed] }, message: `Desde este estado solo puede pasar a: ${allowed.join(', ')}` }
      : { path: 'status', code: 'invalid_transition', params: { resource: 'requests', variant: 'closed' }, message: 'La solicitud está cerrada' },
  ];
}

/**
 * A request's status: every move dates the answer and tells the requester, and accepting creates
 * or links an activity, so only the transition action moves it.
 */
export const requestWorkflow: Workflow = {
  field: 'status',
  action: 'POST /api/backoffice/requests/:id/transition',
  check: (from, to) => requestStatusProblems(from, to),
};
