import { GOAL_HEALTH_LABELS } from './health';
import { labelsIn } from './labels';

describe('labels in one language', () => {
  it('keep every key with its label in that language', () => {
    expect(labelsIn(GOAL_HEALTH_LABELS, 'es')).toEqual({ on_track: 'En curso', at_risk: 'En riesgo', delayed: 'Con retraso', completed: 'Cumplida' });
    expect(labelsIn(GOAL_HEALTH_LABELS, 'en').delayed).toBe('Delayed');
  });
});
