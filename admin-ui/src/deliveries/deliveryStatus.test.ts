import { deliveryColour, mayRetry } from './deliveryStatus';

describe('a delivery’s status', () => {
  it('offers "Reintentar" only for one that failed or waits for a person, never an unknown or paused one (it could post twice)', () => {
    expect(['failed', 'needs_review'].every(mayRetry)).toBe(true);
    expect(['pending', 'sending', 'published', 'paused', 'unknown'].some(mayRetry)).toBe(false);
  });

  it('is red when it failed, green when out, grey for a status it does not know', () => {
    expect(deliveryColour('failed')).toBe('error');
    expect(deliveryColour('published')).toBe('success');
    expect(deliveryColour('constructor')).toBe('default');
  });
});
