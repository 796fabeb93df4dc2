import type { StoredFile } from '../common/files';
import type { MilestoneStatus } from '@sigobito/config/contracts';

/** A milestone as the back-office API answers it (`late` and `daysLate` computed by the API). */
export type Milestone = {
  id: string;
  goal: string;
  order: number;
  title: string;
  description?: string | null;
  dueDate: string;
  weight: number | string;
  responsible?: string | null;
  critical?: boolean | null;
  status: MilestoneStatus;
  completedAt?: string | null;
  late?: boolean;
  daysLate?: number;
  /** Files showing it was done (links to `/uploads/…`). */
  evidence?: StoredFile[] | null;
};
