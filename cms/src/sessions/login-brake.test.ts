import { isFailedAttempt, isPasswordCheck, statusOfError } from './login-brake';

describe('the shared brake on password checks', () => {
  it.each([
    ['POST', '/api/auth/local'],
    ['POST', '/api/backoffice/session'],
    ['post', '/api/backoffice/session/'],
    ['PUT', '/api/backoffice/me/password'],
    ['POST', '/API/Auth/Local'],
    ['POST', '/api/auth/%6cocal'],
  ])('counts %s %s', (method, path) => {
    expect(isPasswordCheck(method, path)).toBe(true);
  });

  it.each([
    ['GET', '/api/backoffice/me'],
    ['DELETE', '/api/backoffice/session'],
    ['POST', '/api/backoffice/actors'],
    ['GET', '/api/auth/local'],
  ])('leaves %s %s alone', (method, path) => {
    expect(isPasswordCheck(method, path)).toBe(false);
  });

  it('counts refusals (400, 401) as failed attempts, not successes or the brake itself', () => {
    expect([200, 201, 204, 400, 401, 403, 429].filter(isFailedAttempt)).toEqual([400, 401]);
  });
});

describe('the status of an error a password check throws', () => {
  it.each([
    [{ name: 'ValidationError', message: 'Invalid identifier or password' }, 400],
    [{ name: 'ApplicationError' }, 400],
    [{ name: 'UnauthorizedError' }, 401],
    [{ status: 401, name: 'Whatever' }, 401],
    [{ name: 'constructor' }, 500],
    [new Error('boom'), 500],
    ['text', 500],
  ])('%j is %i', (error, status) => {
    expect(statusOfError(error)).toBe(status);
  });
});
