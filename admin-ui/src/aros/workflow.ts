import { ARO_STATUSES, ARO_TRANSITIONS, isAroStatus, isClosedAro, type AroStatus } from '@sigobito/config/contracts';
import { aroStatusChoices } from './choices';

// Only the moves the API's workflow (ARO_TRANSITIONS) takes are offered.

/** What "Tratar" offers: staying where it is (to edit the notes) or a move the workflow allows, in the board's order. */
export const treatStatuses = (status: unknown): AroStatus[] =>
  isAroStatus(status) ? ARO_STATUSES.filter((s) => s === status || ARO_TRANSITIONS[status].includes(s)) : [];

export const treatStatusChoices = (status: unknown) => {
  const offered = treatStatuses(status);
  return aroStatusChoices.filter((choice) => offered.includes(choice.id));
};

/** A react-admin validator for the notes, given the status chosen in the same form: closing an ARO says how it was treated (the API answers 400 otherwise). */
export const treatmentNotesRequired = (value: unknown, values: { status?: unknown }) =>
  isClosedAro(values?.status) && !(typeof value === 'string' && value.trim()) ? 'resources.aros.treat.notes_required' : undefined;
