import { GOAL_HEALTHS, type GoalHealth } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

/** The goal health the API computes (`health`), with why in `healthReasons`. */
export const goalHealthChoices = translatedChoices(GOAL_HEALTHS, 'resources.goals.healths');

type HealthStyle = { background: string; colour: string };

/** Green on track, amber at risk, red delayed, blue completed — text colours chosen for AA contrast. */
export const HEALTH_STYLES: Record<GoalHealth, HealthStyle> = {
  on_track: { background: '#2e7d32', colour: '#ffffff' },
  at_risk: { background: '#ffb300', colour: '#212121' },
  delayed: { background: '#c62828', colour: '#ffffff' },
  completed: { background: '#1565c0', colour: '#ffffff' },
};

/** A react-admin list address with its filter in the URL: `/goals?filter={"health":"delayed"}`. */
export const listPath = (resource: string, filter: Record<string, unknown>): string =>
  `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;

/** The goals list showing only the goals in one state of health. */
export const goalsByHealthPath = (health: GoalHealth): string => listPath('goals', { health });
