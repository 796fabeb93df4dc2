import { isOwnKey, own } from './own';
import type { CodedMessage } from './errors';

export const ARO_KINDS = ['alert', 'restriction', 'opportunity'] as const;
export type AroKind = (typeof ARO_KINDS)[number];

export const ARO_SEVERITIES = ['low', 'medium', 'high'] as const;
export type AroSeverity = (typeof ARO_SEVERITIES)[number];

export type AroStatus = 'open' | 'in_treatment' | 'resolved' | 'discarded';

/**
 * The ARO workflow: open → in treatment | discarded; in treatment → resolved | discarded | back
 * to open; a resolved ARO is reopened into treatment; a discarded one is reopened as open.
 */
export const ARO_TRANSITIONS: Record<AroStatus, readonly AroStatus[]> = {
  open: ['in_treatment', 'discarded'],
  in_treatment: ['resolved', 'discarded', 'open'],
  resolved: ['in_treatment'],
  discarded: ['open'],
};

/** Also the back office's board columns, in this order. */
export const ARO_STATUSES = Object.keys(ARO_TRANSITIONS) as AroStatus[];

export const isAroStatus = (value: unknown): value is AroStatus => isOwnKey(ARO_TRANSITIONS, value);

/** Closing states: they record when the ARO was closed and say how it was treated. */
export const isClosedAro = (status: unknown): boolean => status === 'resolved' || status === 'discarded';

/** ARO still being dealt with: what the dashboards count and a handover passes on. */
export const OPEN_ARO_STATUSES: readonly AroStatus[] = ARO_STATUSES.filter((status) => !isClosedAro(status));

export function canMoveAro(from: AroStatus, to: AroStatus): boolean {
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
  if (before && isAroStatus(before.status) && before.status !== after.status && !canMoveAro(before.status, after.status)) {
    problems.push({
      path: 'status',
      code: 'invalid_transition',
      params: { resource: 'aros', variant: 'move', from: before.status, to: after.status },
      message: `Una ARO ${STATUS_ES[before.status]} no puede pasar a ${STATUS_ES[after.status] ?? after.status}`,
    });
  }
  if (isClosedAro(after.status) && !after.treatmentNotes?.trim()) {
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
  if (isClosedAro(to)) return from && isClosedAro(from) ? {} : { resolvedAt: now.toISOString() };
  if (to === 'in_treatment') return { treatmentStartedAt: now.toISOString(), resolvedAt: null };
  return { resolvedAt: null };
}
