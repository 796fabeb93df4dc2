import { isOwnKey, own } from '../own';
import type { CodedMessage } from '@sigobito/config';

export type AroStatus = 'open' | 'in_treatment' | 'resolved' | 'discarded';

/**
 * The ARO workflow: open → in treatment | discarded; in treatment → resolved | discarded | back
 * to open; a resolved ARO is reopened into treatment; a discarded one is reopened as open.
 * The back office mirrors it (admin-ui/src/aros/workflow.ts).
 */
export const ARO_TRANSITIONS: Record<AroStatus, readonly AroStatus[]> = {
  open: ['in_treatment', 'discarded'],
  in_treatment: ['resolved', 'discarded', 'open'],
  resolved: ['in_treatment'],
  discarded: ['open'],
};

export const ARO_STATUSES = Object.keys(ARO_TRANSITIONS) as AroStatus[];

const isAroStatus = (value: unknown): value is AroStatus => isOwnKey(ARO_TRANSITIONS, value);

/** Closing states: they record when the ARO was closed and say how it was treated. */
export const isClosed = (status: AroStatus) => status === 'resolved' || status === 'discarded';

export function canTransition(from: AroStatus, to: AroStatus): boolean {
  return own(ARO_TRANSITIONS, from)?.includes(to) ?? false;
}

type Side = { status: AroStatus; treatmentNotes?: string | null };
export type AroProblem = CodedMessage & { path: 'status' | 'treatmentNotes' };

const STATUS_ES: Record<AroStatus, string> = { open: 'abierta', in_treatment: 'en tratamiento', resolved: 'resuelta', discarded: 'descartada' };

/**
 * What is wrong with a write that leaves an ARO as `after` (`before` is undefined on create): a
 * move the workflow does not allow, or closing it without saying how it was treated.
 */
export function aroWorkflowProblems(before: Side | undefined, after: Side): AroProblem[] {
  const problems: AroProblem[] = [];
  if (before && isAroStatus(before.status) && before.status !== after.status && !canTransition(before.status, after.status)) {
    problems.push({
      path: 'status',
      code: 'invalid_transition',
      params: { resource: 'aros', variant: 'move', from: before.status, to: after.status },
      message: `Una ARO ${STATUS_ES[before.status]} no puede pasar a ${STATUS_ES[after.status] ?? after.status}`,
    });
  }
  if (isClosed(after.status) && !after.treatmentNotes?.trim()) {
    problems.push({ path: 'treatmentNotes', code: 'required', params: { variant: 'treatment' }, message: 'Indique cómo se trató antes de resolverla o descartarla' });
  }
  return problems;
}

/**
 * The dates a status change stamps: entering treatment starts it; closing records when; reopening
 * (to open or back into treatment) clears the closing date.
 */
export function aroStatusStamps(from: AroStatus | undefined, to: AroStatus, now: Date): { treatmentStartedAt?: string; resolvedAt?: string | null } {
  if (from === to) return {};
  if (isClosed(to)) return from && isClosed(from) ? {} : { resolvedAt: now.toISOString() };
  if (to === 'in_treatment') return { treatmentStartedAt: now.toISOString(), resolvedAt: null };
  return { resolvedAt: null };
}
