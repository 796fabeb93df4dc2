import { handoverLines } from './handover-summary';

describe('the handover e-mail', () => {
  it('lists what was handed over, in the order of the modules, singular or plural', () => {
    expect(handoverLines({ aros: 2, tasks: 1, goals: 0, milestones: 3 })).toEqual(['  · 1 tarea', '  · 3 hitos', '  · 2 ARO']);
  });

  it('says nothing when nothing was handed over', () => {
    expect(handoverLines({ tasks: 0, goals: 0 })).toEqual([]);
    expect(handoverLines({})).toEqual([]);
  });

  it('still names a module it does not know', () => {
    expect(handoverLines({ newsletters: 4 })).toEqual(['  · 4 newsletters']);
    expect(handoverLines({ communications: 1 })).toEqual(['  · 1 acción comunicacional (como editor)']);
  });
});
