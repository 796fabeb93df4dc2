import { APPROVED_CONTENT_FIELDS, COMMUNICATION_TRANSITIONS, isCommunicationStatus, isOwnKey, PIECE_STATUSES, statusAfterPieceEdit } from '@sigobito/config/contracts';
import type { FieldError } from '../../backoffice/errors';
import type { Workflow } from '../../backoffice/types';

/**
 * Pure: a communication starts identified and then moves only along COMMUNICATION_TRANSITIONS,
 * or, when an edit voids its approval, from approved back to review (statusAfterPieceEdit).
 * Who may make which move is the transition action's (transitionProblems, with the role); this
 * guards every other writer too.
 */
export function communicationStatusProblems(from: string | undefined, to: string | undefined): FieldError[] {
  if (to === undefined || to === from) return [];
  if (from === undefined) return to === 'identified' ? [] : [{ path: 'status', code: 'invalid_initial', params: { first: 'identified' }, message: 'Una acción comunicacional empieza identificada' }];
  if (from === 'approved' && to === statusAfterPieceEdit('approved', APPROVED_CONTENT_FIELDS)) return [];
  const allowed = isCommunicationStatus(from) ? COMMUNICATION_TRANSITIONS[from] : [];
  if (isOwnKey(COMMUNICATION_TRANSITIONS, to) && allowed.includes(to)) return [];
  return [{ path: 'status', code: 'invalid_transition', params: { resource: 'communications', allowed: [...allowed] }, message: `Desde este estado solo puede pasar a: ${allowed.join(', ') || '—'}` }];
}

/** A communication's status moves only through its transition action (approval is recorded, the approver told). */
export const communicationWorkflow: Workflow = {
  field: 'status',
  action: 'POST /api/backoffice/communications/:id/transition',
  check: (from, to) => communicationStatusProblems(from, to),
};

/** A piece starts as a draft; publishing (the action, then its delivery) moves it. */
export function pieceStatusProblems(from: string | undefined, to: string | undefined): FieldError[] {
  if (to === undefined || to === from) return [];
  if (from === undefined) return to === 'draft' ? [] : [{ path: 'status', code: 'invalid_initial', params: { first: 'draft' }, message: 'Una pieza empieza como borrador' }];
  return (PIECE_STATUSES as readonly string[]).includes(to) ? [] : [{ path: 'status', code: 'invalid_choice', params: { allowed: [...PIECE_STATUSES] }, message: 'Estado desconocido' }];
}

export const pieceWorkflow: Workflow = {
  field: 'status',
  action: 'POST /api/backoffice/pieces/:id/publish',
  check: (from, to) => pieceStatusProblems(from, to),
};
