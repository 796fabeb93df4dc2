import { formTokenExpiry, formTokenProblem, issueFormToken, MAX_FORM_AGE_SECONDS, MIN_FILL_SECONDS } from './form-token';

const SECRET = 'a-secret-of-this-municipality';
const shownAt = 1_800_000_000_000;

describe('the signed token of the public request form', () => {
  it('accepts a form sent by a person, from the minimum time to a day later', () => {
    const token = issueFormToken(shownAt, SECRET);
    expect(formTokenProblem(token, shownAt + MIN_FILL_SECONDS * 1000, SECRET)).toBeNull();
    expect(formTokenProblem(token, shownAt + MAX_FORM_AGE_SECONDS * 1000, SECRET)).toBeNull();
  });

  it('refuses a form sent faster than a person fills it', () => {
    expect(formTokenProblem(issueFormToken(shownAt, SECRET), shownAt + MIN_FILL_SECONDS * 1000 - 1, SECRET)).toBe('too-fast');
  });

  it('refuses a form older than a day', () => {
    expect(formTokenProblem(issueFormToken(shownAt, SECRET), shownAt + MAX_FORM_AGE_SECONDS * 1000 + 1, SECRET)).toBe('stale-form');
  });

  it('refuses a made-up time, a token signed with another secret, and a tampered time', () => {
    const token = issueFormToken(shownAt, SECRET);
    const later = shownAt + 60_000;
    expect(formTokenProblem(String(shownAt), later, SECRET)).toBe('forged');
    expect(formTokenProblem(issueFormToken(shownAt, 'another-secret'), later, SECRET)).toBe('forged');
    expect(formTokenProblem(token.replace(String(shownAt), String(shownAt - 3_600_000)), later, SECRET)).toBe('forged');
  });

  it('refuses a missing token', () => {
    expect(formTokenProblem(undefined, shownAt, SECRET)).toBe('no-token');
    expect(formTokenProblem('', shownAt, SECRET)).toBe('no-token');
    expect(formTokenProblem(42, shownAt, SECRET)).toBe('no-token');
  });

  it('differs for two forms shown in the same millisecond, and a changed nonce is a forgery', () => {
    const [a, b] = [issueFormToken(shownAt, SECRET), issueFormToken(shownAt, SECRET)];
    expect(a).not.toBe(b);
    const [time, , sig] = a.split('.');
    expect(formTokenProblem(`${time}.${'A'.repeat(16)}.${sig}`, shownAt + 60_000, SECRET)).toBe('forged');
  });

  it('stops being accepted a day after the form was shown, which is when its use record may go', () => {
    const token = issueFormToken(shownAt, SECRET);
    expect(formTokenExpiry(token)).toBe(shownAt + MAX_FORM_AGE_SECONDS * 1000);
    expect(formTokenProblem(token, formTokenExpiry(token) + 1, SECRET)).toBe('stale-form');
  });
});

describe('one spelling per form token', () => {
  it('refuses the same token with leading zeros, which would count as another use', () => {
    const shownAt = Date.UTC(2026, 11, 2, 10, 0, 0);
    const token = issueFormToken(shownAt, SECRET);
    const later = shownAt + 60_000;
    expect(formTokenProblem(token, later, SECRET)).toBeNull();
    expect(formTokenProblem(`0${token}`, later, SECRET)).toBe('forged');
    expect(formTokenProblem(`00${token}`, later, SECRET)).toBe('forged');
  });
});
