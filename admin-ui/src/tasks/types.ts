import type { TaskLight } from './lights';
import type { TaskOrigin, TaskStatus } from './choices';

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
