import { citizenRequestSchema, spamReason } from './citizen-requests';
import { issueFormToken, MIN_FILL_SECONDS } from './form-token';

describe('spam traps of the public request form', () => {
  const now = 1_000_000_000;
  const secret = 'test-secret';
  const token = (shownAt: number) => issueFormToken(shownAt, secret);
  it('accepts a form filled by a person', () => {
    expect(spamReason({ website: '', formToken: token(now - MIN_FILL_SECONDS * 1000) }, now, secret)).toBeNull();
  });
  it('refuses a filled honeypot, a form faster than a person, a missing, forged or day-old token', () => {
    expect(spamReason({ website: 'x', formToken: token(now - 60_000) }, now, secret)).toBe('honeypot');
    expect(spamReason({ formToken: token(now - MIN_FILL_SECONDS * 1000 + 1) }, now, secret)).toBe('too-fast');
    expect(spamReason({}, now, secret)).toBe('no-token');
    expect(spamReason({ formToken: String(now - 60_000) }, now, secret)).toBe('forged');
    expect(spamReason({ formToken: token(now - 25 * 3600_000) }, now, secret)).toBe('stale-form');
  });
});

describe('the desired date of a public request', () => {
  const form = { kind: 'audience', subject: 'Alumbrado', description: 'La calle está a oscuras', name: 'Ana Pérez', email: 'ana@example.org' };
  const accepts = (desiredDate: string) => citizenRequestSchema.safeParse({ ...form, desiredDate }).success;

  it('is a real calendar day, or nothing', () => {
    expect(accepts('2026-12-02')).toBe(true);
    expect(accepts('')).toBe(true);
  });

  it.each(['2026-99-99', '2026-02-30', '0000-01-01', '2026-12-2'])('is not %s, which the database would refuse', (day) => {
    expect(accepts(day)).toBe(false);
  });
});
