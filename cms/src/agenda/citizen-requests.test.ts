import { MIN_FILL_SECONDS, spamReason } from './citizen-requests';

describe('spam traps of the public request form', () => {
  const now = 1_000_000_000;
  it('accepts a form filled by a person', () => {
    expect(spamReason({ website: '', startedAt: now - MIN_FILL_SECONDS * 1000 }, now)).toBeNull();
  });
  it('refuses a filled honeypot, a form faster than a person, a missing or day-old timestamp', () => {
    expect(spamReason({ website: 'x', startedAt: now - 60_000 }, now)).toBe('honeypot');
    expect(spamReason({ startedAt: now - MIN_FILL_SECONDS * 1000 + 1 }, now)).toBe('too-fast');
    expect(spamReason({}, now)).toBe('no-timestamp');
    expect(spamReason({ startedAt: now - 25 * 3600_000 }, now)).toBe('stale-form');
  });
});
