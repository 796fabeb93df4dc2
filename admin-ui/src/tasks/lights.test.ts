import { LIGHT_STYLES, mayEditOnlyProgress, progressOnly, TASK_LIGHTS } from './lights';

describe('task lights', () => {
  it('have a colour for each light the API computes', () => {
    expect(TASK_LIGHTS.map((light) => LIGHT_STYLES[light].background)).toEqual(['#2e7d32', '#ffb300', '#c62828', '#9e9e9e']);
  });
});

describe('who edits only the progress of a task', () => {
  it('is staff, goal managers and press', () => {
    expect(mayEditOnlyProgress('staff')).toBe(true);
    expect(mayEditOnlyProgress('goal-manager')).toBe(true);
    expect(mayEditOnlyProgress('press')).toBe(true);
  });

  it('is not the agenda officer, the mayor or the follow-up officer', () => {
    expect(mayEditOnlyProgress('agenda')).toBe(false);
    expect(mayEditOnlyProgress('mayor')).toBe(false);
    expect(mayEditOnlyProgress('follow-up')).toBe(false);
    expect(mayEditOnlyProgress(undefined)).toBe(false);
  });

  it('sends only status and progress, so the server has nothing to refuse', () => {
    expect(progressOnly({ id: 't1', title: 'Reparar', responsible: 'm1', status: 'in_progress', progress: 40, light: 'overdue' })).toEqual({
      status: 'in_progress',
      progress: 40,
    });
  });
});
