import { activityOpportunity, completes, milestoneOpportunity, opportunityMessage, type ActivitySource, type MilestoneSource } from './opportunities';

const goal = { documentId: 'g1', code: 'M-03', title: 'Luminarias', isPublic: true, themes: [{ documentId: 't1' }], places: [{ documentId: 'p1' }, { documentId: 'p2' }], actors: [{ documentId: 'a1' }] };
const milestone = (over: Partial<MilestoneSource> = {}): MilestoneSource => ({ documentId: 'm1', title: 'Fase 1: 120 luminarias', status: 'done', goal, ...over });
const activity = (over: Partial<ActivitySource> = {}): ActivitySource => ({
  documentId: 'act1',
  title: 'Inauguración de la cancha',
  status: 'done',
  visibility: 'public',
  start: '2026-03-07T14:00:00.000Z',
  themes: [{ documentId: 't2' }],
  place: { documentId: 'p3' },
  places: [{ documentId: 'p3' }, { documentId: 'p4' }],
  actors: [],
  ...over,
});

describe('what completes a milestone or an activity', () => {
  it('is the move into done, not a write that leaves it done', () => {
    expect(completes('in_progress', 'done')).toBe(true);
    expect(completes(undefined, 'done')).toBe(true);
    expect(completes('done', 'done')).toBe(false);
    expect(completes('done', 'in_progress')).toBe(false);
    expect(completes('pending', 'in_progress')).toBe(false);
  });
});

describe('the communication a done milestone proposes', () => {
  it('is identified, linked to the milestone and its goal, with the goal themes, places and actors, under the milestone key', () => {
    expect(milestoneOpportunity(milestone())).toEqual({
      opportunityKey: 'communication-opportunity:milestone:m1',
      title: 'Hito cumplido: Fase 1: 120 luminarias',
      origin: 'milestone',
      status: 'identified',
      milestone: 'm1',
      goal: 'g1',
      activity: null,
      themes: ['t1'],
      places: ['p1', 'p2'],
      actors: ['a1'],
    });
  });

  it('is none for a goal that is not public, a milestone without goal, or one not done', () => {
    expect(milestoneOpportunity(milestone({ goal: { ...goal, isPublic: false } }))).toBeNull();
    expect(milestoneOpportunity(milestone({ goal: { ...goal, isPublic: null } }))).toBeNull();
    expect(milestoneOpportunity(milestone({ goal: null }))).toBeNull();
    expect(milestoneOpportunity(milestone({ status: 'in_progress' }))).toBeNull();
  });

  it('keeps the title within the 200 characters of a communication', () => {
    const long = milestoneOpportunity(milestone({ title: 'á'.repeat(200) }))!;
    expect([...long.title]).toHaveLength(200);
    expect(long.title.startsWith('Hito cumplido: á')).toBe(true);
  });
});

describe('the communication a public activity held proposes', () => {
  it('is identified, linked to the activity, with its themes, its place first and its other places once', () => {
    expect(activityOpportunity(activity())).toEqual({
      opportunityKey: 'communication-opportunity:activity:act1',
      title: 'Actividad realizada: Inauguración de la cancha',
      origin: 'activity',
      status: 'identified',
      milestone: null,
      goal: null,
      activity: 'act1',
      themes: ['t2'],
      places: ['p3', 'p4'],
      actors: [],
    });
  });

  it('is none for a private activity or one not held', () => {
    expect(activityOpportunity(activity({ visibility: 'private' }))).toBeNull();
    expect(activityOpportunity(activity({ status: 'confirmed' }))).toBeNull();
    expect(activityOpportunity(activity({ status: 'cancelled' }))).toBeNull();
  });

  it('copes with missing relations', () => {
    expect(activityOpportunity(activity({ themes: null, place: null, places: undefined, actors: null }))).toMatchObject({ themes: [], places: [], actors: [] });
  });
});

describe("press's e-mail", () => {
  it('says what happened, on which local day, and links the proposal', () => {
    const m = opportunityMessage({ kind: 'milestone', milestone: milestone() }, { title: 'Hito cumplido: Fase 1', link: 'http://x/#/communications/c1/show' }, 'America/Panama');
    expect(m.subject).toBe('Oportunidad de comunicación: Hito cumplido: Fase 1');
    expect(m.body).toContain('hito «Fase 1: 120 luminarias» de la meta pública M-03 — Luminarias');
    expect(m.body).toContain('http://x/#/communications/c1/show');
    // 03:00 UTC on the 8th is still the 7th in Panama.
    const a = opportunityMessage({ kind: 'activity', activity: activity({ start: '2026-03-08T03:00:00.000Z' }) }, { title: 't', link: 'l' }, 'America/Panama');
    expect(a.body).toContain('actividad pública «Inauguración de la cancha» del 2026-03-07');
  });
});
