import type { TaskLight, TaskStatus } from '@sigobito/config/contracts';
import type { TaskOrigin } from './choices';

export type Task = {
  id: string;
  kind: 'instruction' | 'errand' | 'commitment';
  title: string;
  description?: string | null;
  activity?: string | null;
  request?: string | null;
  assignedBy?: string | null;
  responsible: string;
  dueDate?: string | null;
  priority?: number | null;
  status: TaskStatus;
  progress?: number | null;
  completedAt?: string | null;
  light?: TaskLight;
  origin?: TaskOrigin;
};
