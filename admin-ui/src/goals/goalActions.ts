import type { Identifier, RaRecord } from 'react-admin';
import { API_URL, httpClient, type SigobitoDataProvider } from '../dataProvider';
import type { Aro } from '../aros/types';
import type { GoalHealth, GoalStatus } from '@sigobito/config/contracts';
import type { HealthReasonDetail } from '../common/codedMessages';

/** `GET /api/backoffice/dashboard`: the mayor's dashboard, within what the caller may see. */
export type Dashboard = {
  today: string;
  timeZone: string;
  goalsByHealth: Record<GoalHealth, number>;
  goals: Array<{ id: string; code: string; title: string; health: GoalHealth; actualPercent: number; plannedPercent: number; reasons: string[]; reasonDetails?: HealthReasonDetail[] }>;
  overdueMilestones: number;
  openRestrictions: number;
  overdueCommitments: number;
  weekAgenda: Array<{ id: string; title: string; start: string; end: string; status: string; visibility: string; locationText: string | null }>;
};

/** One row of `GET /api/backoffice/reports/goals`. */
export type GoalReportRow = {
  id: string;
  code: string;
  title: string;
  status: GoalStatus;
  health: GoalHealth;
  healthLabel: string;
  plannedPercent: number;
  actualPercent: number;
  reasons: string;
  reasonDetails?: HealthReasonDetail[];
  manager: string;
  indicator: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  current: number | null;
  budgetPlanned: number | null;
  budgetExecuted: number | null;
  targetDate: string | null;
  isPublic: boolean;
};

type GoalRef = { id: string; code: string; title: string };

/** `GET /api/backoffice/reports/quality`: what is missing for the goals to be followed well. */
export type QualityReport = {
  today: string;
  goalsWithoutMilestones: GoalRef[];
  milestonesWithoutResponsible: Array<{ id: string; title: string; order: number; goal: GoalRef }>;
  goalsWithoutRecentReport: Array<GoalRef & { lastReport: string | null }>;
  tasksWithoutDueDate: Array<{ id: string; title: string }>;
  requestsUnansweredPastDue: Array<{ id: string; subject: string; answerDueDate: string }>;
};

export type EscalateAro = { responsible: Identifier; dueDate?: string; title?: string; note?: string };
export type EscalateResult = { aro: Aro; task: RaRecord };

export type GoalsDataProvider = SigobitoDataProvider & {
  goalsDashboard: () => Promise<Dashboard>;
  goalsReport: () => Promise<GoalReportRow[]>;
  qualityReport: () => Promise<QualityReport>;
  /** Turns an open restriction into a task for the mayor's team (follow-up); the ARO goes into treatment. */
  escalateAro: (id: Identifier, body: EscalateAro) => Promise<EscalateResult>;
};

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}/${path}`)).json as T;

/** The Metas actions beyond CRUD, added to the app's data provider by composition. */
export const withGoalActions = (base: SigobitoDataProvider): GoalsDataProvider => ({
  ...base,
  goalsDashboard: () => getJson<Dashboard>('dashboard'),
  goalsReport: () => getJson<GoalReportRow[]>('reports/goals'),
  qualityReport: () => getJson<QualityReport>('reports/quality'),
  escalateAro: async (id, body) => {
    const { json } = await httpClient(`${API_URL}/aros/${encodeURIComponent(String(id))}/escalate`, { method: 'POST', body: JSON.stringify(body) });
    return json as EscalateResult;
  },
});
