import { aroWorkflowProblems, ARO_STATUSES, type AroStatus } from '@sigobito/config/contracts';
import type { Workflow } from '../../backoffice/types';

const asStatus = (v: string | undefined): AroStatus | undefined => (ARO_STATUSES as string[]).includes(v ?? '') ? (v as AroStatus) : undefined;

/**
 * An ARO's status: moves along ARO_TRANSITIONS, and closing it says how it was treated. A plain
 * edit may move it (the form's status field); escalating moves it into treatment.
 */
export const aroWorkflow: Workflow = {
  field: 'status',
  check: (from, to, record) => {
    const before = asStatus(from);
    const status = (to ?? 'open') as AroStatus;
    return aroWorkflowProblems(before ? { status: before } : undefined, { status, treatmentNotes: record.treatmentNotes as string | null | undefined });
  },
};
