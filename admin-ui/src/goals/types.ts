import type { GoalHealth, GoalStatus } from '@sigobito/config/contracts';
import type { HealthReasonDetail } from '../common/codedMessages';

/** A goal as the back-office API answers it (relations as ids; health computed by the API). */
export type Goal = {
  id: string;
  code: string;
  title: string;
  description?: string | null;
  themes?: string[];
  places?: string[];
  actors?: string[];
  manager?: string | null;
  followUpOfficer?: string | null;
  startDate?: string | null;
  targetDate?: string | null;
  indicatorName?: string | null;
  indicatorUnit?: string | null;
  indicatorBaseline?: number | string | null;
  indicatorTarget?: number | string | null;
  indicatorCurrent?: number | string | null;
  budgetPlanned?: number | string | null;
  budgetExecuted?: number | string | null;
  status: GoalStatus;
  isPublic?: boolean | null;
  internalNotes?: string | null;
  health?: GoalHealth;
  plannedPercent?: number;
  actualPercent?: number;
  healthReasons?: string[];
  /** The same reasons coded, for the user's language. */
  healthReasonDetails?: HealthReasonDetail[];
};
