import { ARO_STATUSES, aroStatusChoices, type AroStatus } from './choices';

/**
 * The ARO workflow, as the API enforces it (cms/src/domain/goals/aro-workflow.ts): open → in
 * treatment | discarded; in treatment → resolved | discarded | open; resolved → in treatment;
 * discarded → open. Mirrored here so that only the moves the server will take are offered.
 */
const NEXT: Record<AroStatus, readonly AroStatus[]> = {
  open: ['in_treatment', 'discarded'],
  in_treatment: ['resolved', 'discarded', 'open'],
  resolved: ['in_treatment'],
  discarded: ['open'],
};

export const isAroStatus = (value: unknown): value is AroStatus => typeof value === 'string' && (ARO_STATUSES as readonly string[]).includes(value);

/** What "Tratar" offers: staying where it is (to edit the notes) or a move the workflow allows, in the board's order. */
export const treatStatuses = (status: unknown): AroStatus[] =>
  isAroStatus(status) ? ARO_STATUSES.filter((s) => s === status || NEXT[status].includes(s)) : [];

export const treatStatusChoices = (status: unknown) => {
  const offered = treatStatuses(status);
  return aroStatusChoices.filter((choice) => offered.includes(choice.id));
};

/** Resolving or discarding an ARO says how it was treated (the API answers 400 otherwise). */
export const needsTreatmentNotes = (status: unknown): boolean => status === 'resolved' || status === 'discarded';

/** A react-admin validator for the notes, given the status chosen in the same form. */
export const treatmentNotesRequired = (value: unknown, values: { status?: unknown }) =>
  needsTreatmentNotes(values?.status) && !(typeof value === 'string' && value.trim()) ? 'resources.aros.treat.notes_required' : undefined;
