import {
  COOKIE_TOKEN_TYPE,
  cookieLifetimeSeconds,
  cookieSessionProblem,
  csrfProblem,
  isRevoked,
  loginTime,
  originOf,
  sessionCookieHeader,
  sessionsEndAt,
} from './session-rules';

const limits = { idleMinutes: 30, hours: 10 };
const now = Date.parse('2026-05-04T15:00:00Z');
const minutes = (n: number) => n * 60_000;
const cookie = (lastUseMsAgo: number, loginMsAgo: number) => ({
  id: 7,
  typ: COOKIE_TOKEN_TYPE,
  iat: Math.floor((now - lastUseMsAgo) / 1000),
  loginAt: now - loginMsAgo,
});

describe('login time', () => {
  it('is the loginAt claim, or the second the token was issued for tokens without it', () => {
    expect(loginTime({ loginAt: 1234, iat: 9 })).toBe(1234);
    expect(loginTime({ iat: 9 })).toBe(9000);
    expect(loginTime({ loginAt: 'yesterday' })).toBeNull();
  });
});

describe('revocation', () => {
  it('keeps every session of a user whose sessions were never ended', () => {
    expect(isRevoked({ iat: 1 }, null)).toBe(false);
  });

  it('ends a session that began before the sessions were ended, even one issued that same millisecond', () => {
    const endedAt = sessionsEndAt(now);
    expect(isRevoked({ loginAt: now }, endedAt)).toBe(true);
    expect(isRevoked({ loginAt: now - 1 }, endedAt)).toBe(true);
  });

  it('keeps a session that began after', () => {
    expect(isRevoked({ loginAt: sessionsEndAt(now) }, sessionsEndAt(now))).toBe(false);
    expect(isRevoked({ loginAt: now + 5000 }, sessionsEndAt(now))).toBe(false);
  });

  it('ends a token without any time', () => {
    expect(isRevoked({ id: 1 }, 0)).toBe(true);
  });
});

describe('a cookie session', () => {
  it('is valid when used within the idle limit and the absolute cap', () => {
    expect(cookieSessionProblem(cookie(minutes(29), minutes(9 * 60)), now, limits)).toBeNull();
  });

  it('ends after the idle limit without a request', () => {
    expect(cookieSessionProblem(cookie(minutes(31), minutes(40)), now, limits)).toBe('idle');
  });

  it('ends SESSION_HOURS after the login, however active the person is', () => {
    expect(cookieSessionProblem(cookie(minutes(1), minutes(10 * 60 + 1)), now, limits)).toBe('expired');
  });

  it('is not a bearer token placed in the cookie', () => {
    expect(cookieSessionProblem({ id: 7, iat: Math.floor(now / 1000) }, now, limits)).toBe('not-a-session');
  });

  it('lasts the idle limit, or what is left of the cap when that is shorter', () => {
    expect(cookieLifetimeSeconds(now - minutes(60), now, limits)).toBe(30 * 60);
    expect(cookieLifetimeSeconds(now - minutes(10 * 60 - 5), now, limits)).toBe(5 * 60);
    expect(cookieLifetimeSeconds(now - minutes(11 * 60), now, limits)).toBe(0);
  });
});

describe('the session cookie header', () => {
  it('is httpOnly, SameSite=Strict and limited to the API', () => {
    expect(sessionCookieHeader('abc', 1800, false)).toBe('sigobito_session=abc; Path=/api; Max-Age=1800; HttpOnly; SameSite=Strict');
  });

  it('is Secure when asked, and deleted with a zero age', () => {
    const header = sessionCookieHeader('', 0, true);
    expect(header).toContain('Max-Age=0');
    expect(header).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(header.endsWith('; Secure')).toBe(true);
  });
});

describe('the CSRF guard of cookie sessions', () => {
  const own = ['https://gestion.example'];
  it('lets reads through without the header, from the own origin or none', () => {
    expect(csrfProblem({ method: 'GET', header: undefined, origin: 'https://gestion.example' }, own)).toBeNull();
    expect(csrfProblem({ method: 'head', header: undefined, origin: undefined }, own)).toBeNull();
  });

  it('refuses a read from another origin, even a sibling site that gets the cookie', () => {
    expect(csrfProblem({ method: 'GET', header: undefined, origin: 'https://transparencia.example' }, own)).toBe('foreign-origin');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses a %s without the custom header', (method) => {
    expect(csrfProblem({ method, header: undefined, origin: 'https://gestion.example' }, own)).toBe('missing-header');
    expect(csrfProblem({ method, header: 'XMLHttpRequest', origin: undefined }, own)).toBe('missing-header');
  });

  it('refuses a foreign or opaque origin, and accepts the own one or none', () => {
    const write = (origin: string | undefined) => csrfProblem({ method: 'POST', header: 'sigobito', origin }, own);
    expect(write('https://evil.example')).toBe('foreign-origin');
    expect(write('null')).toBe('foreign-origin');
    expect(write('http://gestion.example')).toBe('foreign-origin');
    expect(write('https://gestion.example')).toBeNull();
    expect(write(undefined)).toBeNull();
  });
});

describe('originOf', () => {
  it('reads the origin of http(s) addresses only', () => {
    expect(originOf('https://gestion.example/backoffice/')).toBe('https://gestion.example');
    expect(originOf('http://127.0.0.1:1337')).toBe('http://127.0.0.1:1337');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('no es una dirección')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
