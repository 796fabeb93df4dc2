import { implementationGuide, isFirstDay, stageState, type ImplementationCounts, type ImplementationGuide } from './implementation-guide';

const empty: ImplementationCounts = {
  actors: 0,
  places: 0,
  themes: 0,
  goals: 0,
  goalsProgrammed: 0,
  areas: 0,
  positions: 0,
  membersByRole: { admin: 1 },
  membersUnplaced: 1,
  goalsWithoutOwners: 0,
  activities: 0,
  requests: 0,
  tasks: 0,
  progressReports: 0,
  aros: 0,
  communications: 0,
};

const everyRole = { mayor: 1, agenda: 1, 'follow-up': 1, 'goal-manager': 2, press: 1, admin: 1 };
const finished: ImplementationCounts = {
  ...empty,
  actors: 40,
  places: 12,
  themes: 9,
  goals: 5,
  goalsProgrammed: 5,
  areas: 6,
  positions: 10,
  membersByRole: everyRole,
  membersUnplaced: 0,
  activities: 30,
  requests: 10,
  tasks: 20,
  progressReports: 12,
  aros: 4,
  communications: 3,
};

const stage = (g: ImplementationGuide, key: string) => g.stages.find((s) => s.key === key)!;
const step = (g: ImplementationGuide, key: string) => g.stages.flatMap((s) => s.steps).find((s) => s.key === key)!;

describe('the implementation guide', () => {
  it('on a fresh install, starts at the strategy, with everything missing and the administrator alone', () => {
    const g = implementationGuide(empty);
    expect(g.current).toBe('strategy');
    expect(stage(g, 'strategy').state).toBe('pending');
    expect(step(g, 'actors')).toMatchObject({ state: 'missing', count: 0, missing: 1, link: { resource: 'actors', import: true } });
    expect(step(g, 'roles').missingRoles).toEqual(['mayor', 'agenda', 'follow-up', 'goal-manager', 'press']);
    expect(g.done).toBe(0);
    expect(isFirstDay(g)).toBe(true);
  });

  it('asks for 5 priority goals: 4 identified is a stage in progress, with 1 missing', () => {
    const g = implementationGuide({ ...empty, actors: 3, places: 2, themes: 4, goals: 4 });
    expect(step(g, 'goals_identified')).toMatchObject({ state: 'started', count: 4, target: 5, missing: 1 });
    expect(stage(g, 'strategy').state).toBe('in_progress');
    expect(g.current).toBe('strategy');
  });

  it('counts the first 3 programmed goals as the supported step, and 5 as the method done', () => {
    const three = implementationGuide({ ...finished, goalsProgrammed: 3 });
    expect(step(three, 'goals_supported').state).toBe('done');
    expect(step(three, 'goals_programmed')).toMatchObject({ state: 'started', count: 3, missing: 2 });
    expect(stage(three, 'goals').state).toBe('in_progress');
    expect(three.current).toBe('goals');
    expect(step(implementationGuide({ ...finished, goalsProgrammed: 2 }), 'goals_supported')).toMatchObject({ state: 'started', missing: 1 });
  });

  it('names the roles of the network that still have no active member', () => {
    const g = implementationGuide({ ...finished, membersByRole: { ...everyRole, press: 0, agenda: 0 } });
    expect(step(g, 'roles')).toMatchObject({ state: 'started', count: 3, target: 5, missingRoles: ['agenda', 'press'] });
    expect(g.current).toBe('parameters');
  });

  it('counts members without an area or position, and goals without their two people, as what is left to structure', () => {
    const g = implementationGuide({ ...finished, membersUnplaced: 2, goalsWithoutOwners: 1 });
    expect(step(g, 'members_placed')).toMatchObject({ state: 'started', missing: 2 });
    expect(step(g, 'goal_owners')).toMatchObject({ state: 'started', missing: 1, count: 4, target: 5 });
    expect(g.current).toBe('structuring');
  });

  it('cannot call goal owners done while there are no goals, nor members placed while none is', () => {
    expect(step(implementationGuide(empty), 'goal_owners')).toMatchObject({ state: 'missing', target: 0, missing: 0 });
    expect(step(implementationGuide(empty), 'members_placed')).toMatchObject({ state: 'missing', count: 0, target: 1, missing: 1 });
  });

  it('is done when every stage is, and no longer opens the session', () => {
    const g = implementationGuide(finished);
    expect(g.current).toBeNull();
    expect(g.done).toBe(g.total);
    expect(isFirstDay(g)).toBe(false);
  });

  it('leaves the communication stage out where that module is not installed', () => {
    const g = implementationGuide({ ...finished, communications: null });
    expect(g.stages.map((s) => s.key)).not.toContain('communication');
    expect(g.current).toBeNull();
  });

  it('keeps the administrator on the guide only until the strategy and the parameters are loaded', () => {
    expect(isFirstDay(implementationGuide({ ...finished, activities: 0, goalsProgrammed: 0 }))).toBe(false);
    expect(isFirstDay(implementationGuide({ ...finished, areas: 0 }))).toBe(true);
  });

  it('calls a stage pending with nothing started, in progress with something, done with all', () => {
    const s = (state: 'done' | 'started' | 'missing') => ({ key: 'x', state, count: 0, target: 1, missing: 0, link: { resource: 'actors' } });
    expect(stageState([s('missing'), s('missing')])).toBe('pending');
    expect(stageState([s('done'), s('missing')])).toBe('in_progress');
    expect(stageState([s('started')])).toBe('in_progress');
    expect(stageState([s('done'), s('done')])).toBe('done');
  });
});
