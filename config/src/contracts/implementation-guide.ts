import type { Role } from './permissions';

/**
 * "Guía de implementación": the seed's implementation method (seed-sigobito.es.md, "Proceso de
 * implementación") as a checklist that reads the municipality's real state. Pure: the counts
 * in, each step's and each stage's state out; the CMS counts, the back office shows.
 *
 * 1. Bajar la estrategia a operación: actors, places, themes, the priority goals.
 * 2. Parámetros de base: areas, positions, the members of the network with their access.
 * 3. Estructuración del sistema: every member placed in an area and a position, every goal with
 *    its manager and follow-up officer.
 * 4. Gestión de agenda: activities, requests, tasks and commitments.
 * 5. Gestión de metas: the first 3 goals programmed with support, then 5 by the municipality's
 *    own team; progress reports and ARO.
 * 6. Acción comunicacional: communication actions.
 */

/** What the method asks: 5 goals programmed, the first 3 with the implementation team's support. */
export const GOALS_TO_PROGRAM = 5;
export const GOALS_PROGRAMMED_WITH_SUPPORT = 3;

/** The roles a working network needs at least one active member of (the administrator is whoever reads this). */
export const NETWORK_ROLES = ['mayor', 'agenda', 'follow-up', 'goal-manager', 'press'] as const satisfies readonly Role[];

export type ImplementationCounts = {
  actors: number;
  places: number;
  themes: number;
  /** Goals identified (any status but cancelled). */
  goals: number;
  /** Goals whose programming is concluded: programmed or further, with milestones. */
  goalsProgrammed: number;
  areas: number;
  positions: number;
  /** Active members per role. */
  membersByRole: Partial<Record<Role, number>>;
  /** Active members with no area or no position. */
  membersUnplaced: number;
  /** Goals (not cancelled) with no manager or no follow-up officer. */
  goalsWithoutOwners: number;
  activities: number;
  requests: number;
  tasks: number;
  progressReports: number;
  aros: number;
  /** Null where the communication module is not installed. */
  communications: number | null;
};

export const IMPLEMENTATION_STAGES = ['strategy', 'parameters', 'structuring', 'agenda', 'goals', 'communication'] as const;
export type ImplementationStage = (typeof IMPLEMENTATION_STAGES)[number];

export type StepState = 'done' | 'started' | 'missing';
export type StageState = 'done' | 'in_progress' | 'pending';

/** Where a step is done in the back office: a list (its resource) and, for the catalogs, the CSV import. */
export type StepLink = { resource: string; create?: boolean; import?: boolean; path?: string };

export type ImplementationStep = {
  key: string;
  state: StepState;
  /** How many there are, and how many the step asks for ("3 of 5"). */
  count: number;
  target: number;
  /** What is still missing, in the step's unit (0 when done). For `members_placed` and `goal_owners`, the records to fix (a target of 0: nothing there yet). */
  missing: number;
  link: StepLink;
  /** For `roles`: the roles with no active member. */
  missingRoles?: Role[];
};

export type ImplementationStageView = { key: ImplementationStage; state: StageState; steps: ImplementationStep[] };

export type ImplementationGuide = {
  stages: ImplementationStageView[];
  /** The first stage not done, where the administrator should work now; null once all are done. */
  current: ImplementationStage | null;
  /** Steps done over all steps, for a progress bar. */
  done: number;
  total: number;
};

/** At least `target`: done; some but fewer: started; none: missing. */
const atLeast = (key: string, count: number, target: number, link: StepLink): ImplementationStep => ({
  key,
  state: count >= target ? 'done' : count > 0 ? 'started' : 'missing',
  count,
  target,
  missing: Math.max(0, target - count),
  link,
});

/**
 * None of `bad` among `all`: done; some fixed: started; none fixed yet: missing. With nothing to
 * fix at all (no goals yet) the step cannot be done: missing, with a target of 0 (the back office
 * says there is nothing yet instead of a count).
 */
const noneLeft = (key: string, bad: number, all: number, link: StepLink): ImplementationStep => ({
  key,
  state: all > 0 && bad === 0 ? 'done' : all > 0 && bad < all ? 'started' : 'missing',
  count: Math.max(0, all - bad),
  target: all,
  missing: bad,
  link,
});

export function stageState(steps: readonly ImplementationStep[]): StageState {
  if (steps.every((s) => s.state === 'done')) return 'done';
  return steps.some((s) => s.state !== 'missing') ? 'in_progress' : 'pending';
}

export function implementationGuide(c: ImplementationCounts): ImplementationGuide {
  const missingRoles = NETWORK_ROLES.filter((role) => !(c.membersByRole[role] ?? 0));
  const rolesPresent = NETWORK_ROLES.length - missingRoles.length;
  const members = Object.values(c.membersByRole).reduce((sum: number, n) => sum + (n ?? 0), 0);
  const stages: Record<ImplementationStage, ImplementationStep[]> = {
    strategy: [
      atLeast('actors', c.actors, 1, { resource: 'actors', create: true, import: true }),
      atLeast('places', c.places, 1, { resource: 'places', create: true, import: true }),
      atLeast('themes', c.themes, 1, { resource: 'themes', create: true, import: true }),
      atLeast('goals_identified', c.goals, GOALS_TO_PROGRAM, { resource: 'goals', create: true }),
    ],
    parameters: [
      atLeast('areas', c.areas, 1, { resource: 'areas', create: true }),
      atLeast('positions', c.positions, 1, { resource: 'positions', create: true }),
      { ...atLeast('roles', rolesPresent, NETWORK_ROLES.length, { resource: 'members', create: true }), missingRoles },
    ],
    structuring: [
      noneLeft('members_placed', c.membersUnplaced, members, { resource: 'members' }),
      noneLeft('goal_owners', c.goalsWithoutOwners, c.goals, { resource: 'goals' }),
    ],
    agenda: [
      atLeast('activities', c.activities, 1, { resource: 'activities', create: true }),
      atLeast('requests', c.requests, 1, { resource: 'requests', create: true }),
      atLeast('tasks', c.tasks, 1, { resource: 'tasks', create: true }),
    ],
    goals: [
      atLeast('goals_supported', c.goalsProgrammed, GOALS_PROGRAMMED_WITH_SUPPORT, { resource: 'goals' }),
      atLeast('goals_programmed', c.goalsProgrammed, GOALS_TO_PROGRAM, { resource: 'goals' }),
      atLeast('progress_reports', c.progressReports, 1, { resource: 'progress-reports' }),
      atLeast('aros', c.aros, 1, { resource: 'aros' }),
    ],
    communication: c.communications === null ? [] : [atLeast('communications', c.communications, 1, { resource: 'communications', create: true })],
  };
  const views = IMPLEMENTATION_STAGES.filter((key) => stages[key].length > 0).map((key) => ({ key, state: stageState(stages[key]), steps: stages[key] }));
  const all = views.flatMap((v) => v.steps);
  return {
    stages: views,
    current: views.find((v) => v.state !== 'done')?.key ?? null,
    done: all.filter((s) => s.state === 'done').length,
    total: all.length,
  };
}

/** A fresh install: nothing of the strategy is loaded yet. The back office opens the administrator's session on the guide then. */
export const isFirstDay = (guide: ImplementationGuide): boolean => guide.stages.some((s) => (s.key === 'strategy' || s.key === 'parameters') && s.state !== 'done');
