import { ARO_TRANSITIONS, aroStatusStamps, aroWorkflowProblems, canMoveAro, isClosedAro, OPEN_ARO_STATUSES, type AroStatus } from './aro-workflow';

describe('the ARO workflow', () => {
  it('allows exactly open → in treatment | discarded, in treatment → resolved | discarded | open, and the reopenings', () => {
    const allowed = Object.entries(ARO_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      ['open>in_treatment', 'open>discarded', 'in_treatment>resolved', 'in_treatment>discarded', 'in_treatment>open', 'resolved>in_treatment', 'discarded>open'].sort(),
    );
  });

  it.each([
    ['open', 'resolved'],
    ['resolved', 'open'],
    ['resolved', 'discarded'],
    ['discarded', 'resolved'],
    ['discarded', 'in_treatment'],
  ] as Array<[AroStatus, AroStatus]>)('refuses %s → %s', (from, to) => {
    expect(canMoveAro(from, to)).toBe(false);
    expect(aroWorkflowProblems({ status: from, treatmentNotes: 'notas' }, { status: to, treatmentNotes: 'notas' })).toEqual([
      expect.objectContaining({ path: 'status', code: 'invalid_transition' }),
    ]);
  });

  it('says in Spanish which move was refused', () => {
    expect(aroWorkflowProblems({ status: 'open' }, { status: 'resolved', treatmentNotes: 'x' })[0].message).toBe('Una ARO abierta no puede pasar a resuelta');
  });

  it('lets a write that keeps the status through (editing the notes of a resolved ARO)', () => {
    expect(aroWorkflowProblems({ status: 'resolved', treatmentNotes: 'a' }, { status: 'resolved', treatmentNotes: 'b' })).toEqual([]);
  });

  it('does not judge an unknown stored status, only where it goes', () => {
    expect(aroWorkflowProblems({ status: 'archived' as AroStatus }, { status: 'open' })).toEqual([]);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('knows no status named %s (a key every object inherits)', (key) => {
    expect(canMoveAro(key as AroStatus, 'open')).toBe(false);
    expect(aroWorkflowProblems({ status: key as AroStatus }, { status: 'open' })).toEqual([]);
  });
});

describe('open and closed ARO', () => {
  it('counts an ARO as open until it is resolved or discarded', () => {
    expect(OPEN_ARO_STATUSES).toEqual(['open', 'in_treatment']);
    expect(['resolved', 'discarded'].every(isClosedAro)).toBe(true);
  });

  it('knows no closed state by an unknown or inherited name', () => {
    expect(isClosedAro('archived')).toBe(false);
    expect(isClosedAro('constructor')).toBe(false);
    expect(isClosedAro(undefined)).toBe(false);
  });
});

describe('closing an ARO needs treatment notes', () => {
  it.each(['resolved', 'discarded'] as AroStatus[])('refuses %s with no notes, empty notes or only spaces', (to) => {
    for (const treatmentNotes of [undefined, null, '', '   \n ']) {
      expect(aroWorkflowProblems({ status: 'in_treatment' }, { status: to, treatmentNotes })).toEqual([expect.objectContaining({ path: 'treatmentNotes', code: 'required' })]);
    }
  });

  it('also on create', () => {
    expect(aroWorkflowProblems(undefined, { status: 'discarded' }).map((p) => p.path)).toEqual(['treatmentNotes']);
    expect(aroWorkflowProblems(undefined, { status: 'open' })).toEqual([]);
  });

  it('does not ask for notes to open or treat', () => {
    expect(aroWorkflowProblems({ status: 'open' }, { status: 'in_treatment' })).toEqual([]);
    expect(aroWorkflowProblems({ status: 'discarded' }, { status: 'open' })).toEqual([]);
  });

  it('reports both problems at once', () => {
    expect(aroWorkflowProblems({ status: 'open' }, { status: 'resolved' }).map((p) => p.path)).toEqual(['status', 'treatmentNotes']);
  });
});

describe('the dates a status change stamps', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  const iso = now.toISOString();

  it('starts treatment when it enters treatment, and clears a closing date on reopening', () => {
    expect(aroStatusStamps('open', 'in_treatment', now)).toEqual({ treatmentStartedAt: iso, resolvedAt: null });
    expect(aroStatusStamps('resolved', 'in_treatment', now)).toEqual({ treatmentStartedAt: iso, resolvedAt: null });
    expect(aroStatusStamps('discarded', 'open', now)).toEqual({ resolvedAt: null });
  });

  it('records when it was resolved or discarded', () => {
    expect(aroStatusStamps('in_treatment', 'resolved', now)).toEqual({ resolvedAt: iso });
    expect(aroStatusStamps('open', 'discarded', now)).toEqual({ resolvedAt: iso });
    expect(aroStatusStamps(undefined, 'discarded', now)).toEqual({ resolvedAt: iso });
  });

  it('stamps nothing when the status does not change', () => {
    expect(aroStatusStamps('resolved', 'resolved', now)).toEqual({});
    expect(aroStatusStamps('in_treatment', 'in_treatment', now)).toEqual({});
  });
});
