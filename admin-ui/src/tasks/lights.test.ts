import { TASK_LIGHTS } from '@sigobito/config/contracts';
import { LIGHT_STYLES, progressOnly } from './lights';

describe('task lights', () => {
  it('have a colour for each light the API computes', () => {
    expect(TASK_LIGHTS.map((light) => LIGHT_STYLES[light].background)).toEqual(['#2e7d32', '#ffb300', '#c62828', '#9e9e9e', '#eeeeee']);
  });
});

describe('what a progress-only role sends', () => {
  it('sends only status and progress, so the server has nothing to refuse', () => {
    expect(progressOnly({ id: 't1', title: 'Reparar', responsible: 'm1', status: 'in_progress', progress: 40, light: 'overdue' })).toEqual({
      status: 'in_progress',
      progress: 40,
    });
  });
});
