import type { AroKind, AroSeverity, AroStatus } from '@sigobito/config/contracts';

/** An ARO (alert, restriction, opportunity) as the API answers it; `tasks` are the ids its escalation created. */
export type Aro = {
  id: string;
  goal: string;
  milestone?: string | null;
  kind: AroKind;
  title: string;
  description?: string | null;
  severity: AroSeverity;
  status: AroStatus;
  responsible?: string | null;
  treatmentNotes?: string | null;
  dueDate?: string | null;
  raisedBy?: string | null;
  treatmentStartedAt?: string | null;
  resolvedAt?: string | null;
  tasks?: string[];
};
