import { apiSegmentsOf, isAllowed, normalisedPath } from './allowlist';

const list = { apiSegments: new Set(['backoffice', 'public', 'calendar', 'places', 'themes', 'setting']) };
const allowed = (method: string, path: string) => isAllowed(method, path, list);

describe('what the CMS answers to the outside world', () => {
  it("lets through SIGOBito's own API, the login, the back office, signed files and the health check", () => {
    expect(allowed('GET', '/api/backoffice/activities')).toBe(true);
    expect(allowed('POST', '/api/backoffice/uploads')).toBe(true);
    expect(allowed('POST', '/api/public/requests')).toBe(true);
    expect(allowed('GET', '/api/calendar/abc.ics')).toBe(true);
    expect(allowed('GET', '/api/themes')).toBe(true);
    expect(allowed('GET', '/api/setting')).toBe(true);
    expect(allowed('POST', '/api/auth/local')).toBe(true);
    expect(allowed('GET', '/backoffice')).toBe(true);
    expect(allowed('GET', '/backoffice/assets/index-abc.js')).toBe(true);
    expect(allowed('GET', '/uploads/photo_abc123.jpg')).toBe(true);
    expect(allowed('GET', '/_health')).toBe(true);
  });

  it("closes Strapi's admin API and the plugins' routes, in any case or encoding", () => {
    for (const path of [
      '/admin/init',
      '/admin/register-admin',
      '/ADMIN/init',
      '/%61dmin/init',
      '/content-manager/collection-types/api::activity.activity',
      '/content-type-builder/content-types',
      '/upload/files',
      '/i18n/locales',
      '/users-permissions/roles',
      '/email/settings',
      '/api/upload/files',
      '/api/users',
      '/api/users/me',
      '/api/users-permissions/roles',
      '/api/connect/github',
      '/api/auth/local/register',
      '/api/auth/forgot-password',
      '/api/auth/github/callback',
      '/api/i18n/locales',
      '/api/email',
      '/api',
      '/',
      '/favicon.ico',
      '/index.html',
    ]) {
      expect([path, allowed('GET', path) || allowed('POST', path)]).toEqual([path, false]);
    }
  });

  it('closes paths that could make the router and this check disagree', () => {
    for (const path of ['/api/public/../../admin/init', '/api/public/%2e%2e/%2e%2e/admin/init', '/api//upload/files', '/api/public/%2F..%2Fx', '/api/public\\x', '/%E0%A4%A', '/uploads/../admin/init']) {
      expect([path, allowed('GET', path)]).toEqual([path, false]);
    }
  });

  it('lets through only the methods the login, files and health check take', () => {
    expect(allowed('GET', '/api/auth/local')).toBe(false);
    expect(allowed('POST', '/_health')).toBe(false);
    expect(allowed('DELETE', '/uploads/photo.jpg')).toBe(false);
  });

  it('normalises case and a trailing slash the way the router does', () => {
    expect(normalisedPath('/API/Public/')).toBe('/api/public/');
    expect(allowed('GET', '/API/Backoffice/me')).toBe(true);
  });
});

describe("the /api segments of SIGOBito's own routes", () => {
  it('are the first segments of the content-API routes, not of admin routes or routes with their own prefix', () => {
    const apis = {
      public: { routes: { public: { type: 'content-api', routes: [{ path: '/public/agenda' }, { path: '/calendar/:file' }] } } },
      theme: { routes: { theme: { routes: [{ path: '/themes/:id' }] } } },
      odd: { routes: { admin: { type: 'admin', routes: [{ path: '/secret' }] }, other: { routes: [{ path: '/elsewhere', config: { prefix: '' } }, { path: '/:dynamic' }] } } },
    };
    expect([...apiSegmentsOf(apis)].sort()).toEqual(['calendar', 'public', 'themes']);
  });
});
