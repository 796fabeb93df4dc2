import type { GoalHealth } from './health';
import type { GoalStatus } from './goal-status';
import type { Action, BackofficeResource, Role } from './permissions';
import type { PieceChannel } from './communications';

/** The answer of `GET /api/backoffice/me` (and of the back office's login): who is logged in and what their role may do. */
export type MeAnswer = {
  id: number | string;
  username: string;
  email: string;
  role: Role;
  roleLabel: string;
  member: { id: string; fullName: string } | null;
  permissions: Record<BackofficeResource, Action[]>;
};

/** A theme or place as the public API names it. */
export type NamedRef = { id: string; name: string; code: string };

/** What citizens see of a goal: no internal notes, no budget detail beyond totals, no people. */
export const PUBLIC_GOAL_FIELDS = [
  'code',
  'title',
  'description',
  'status',
  'startDate',
  'targetDate',
  'indicatorName',
  'indicatorUnit',
  'indicatorBaseline',
  'indicatorTarget',
  'indicatorCurrent',
  'budgetPlanned',
  'budgetExecuted',
] as const satisfies ReadonlyArray<keyof PublicGoal>;

// Decimals: a number with SQLite, possibly a string with other databases.
type Decimal = number | string | null;

/** A public goal of the government (`GET /api/public/goals`), with its health computed by the CMS. */
export type PublicGoal = {
  id: string;
  code: string;
  title: string;
  description: string | null;
  status: GoalStatus;
  /** YYYY-MM-DD. */
  startDate: string | null;
  targetDate: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  indicatorBaseline: Decimal;
  indicatorTarget: Decimal;
  indicatorCurrent: Decimal;
  budgetPlanned: Decimal;
  budgetExecuted: Decimal;
  themes: NamedRef[];
  places: NamedRef[];
  health: GoalHealth;
  /** 0–100, one decimal. */
  plannedPercent: number;
  actualPercent: number;
  /** Why the goal has its health, in Spanish ("Hito 3 vencido hace 12 días"). */
  healthReasons: string[];
};


/** One channel of the "Canales" panel (`GET /api/backoffice/channels`). Times are ISO instants. */
export type ChannelPanelRow = {
  channel: PieceChannel;
  /** Its credentials are set (the web always is). */
  configured: boolean;
  /** The platform refused the credentials: its deliveries wait until they work again. */
  paused: boolean;
  pausedAt: string | null;
  pauseReason: string | null;
  lastSuccessAt: string | null;
  lastSuccessUrl: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** Deliveries still on their way (pending, being sent, being looked up). */
  waiting: number;
  /** Deliveries that failed or need a person to check the account. */
  needsAttention: number;
};
export type ChannelsAnswer = { data: ChannelPanelRow[] };
