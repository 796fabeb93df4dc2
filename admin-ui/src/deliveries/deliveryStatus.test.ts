import { deliveryColour, mayRetry } from './deliveryStatus';

describe('a delivery’s status', () => {
  it('offers "Reintentar" only for one that failed, waits for a person, is paused or unknown', () => {
    expect(['failed', 'needs_review', 'paused', 'unknown'].every(mayRetry)).toBe(true);
    expect(['pending', 'sending', 'published'].some(mayRetry)).toBe(false);
  });

  it('is red when it failed, green when out, grey for a status it does not know', () => {
    expect(deliveryColour('failed')).toBe('error');
    expect(deliveryColour('published')).toBe('success');
    expect(deliveryColour('constructor')).toBe('default');
  });
});
