/**
 * What an independent attack on the fixed code still found (issue 7, second look): a file's
 * signature skipped through an encoded or re-cased address, and the public site's origin
 * reading the back office with the session cookie.
 */
import { startApp, DEMO_PASSWORD, type TestApp } from '../integration/helpers/app';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SITE = 'http://www.muni.test';

let app: TestApp;
let file: string;

beforeAll(async () => {
  process.env.CMS_URL = 'http://cms.muni.test';
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp();
  const token = await app.login('goal-manager');
  const res = await app.http.post('/api/backoffice/uploads').set('Authorization', `Bearer ${token}`).attach('files', PNG, { filename: 'evidencia.png', contentType: 'image/png' });
  expect(res.status).toBe(201);
  file = (res.body as Array<{ url: string }>)[0].url.split('?')[0].replace('/uploads/', '');
});

afterAll(async () => {
  await app.stop();
  delete process.env.CMS_URL;
  delete process.env.PUBLIC_SITE_URL;
});

describe('an uploaded file is reached only at its literal, signed address', () => {
  it.each([
    ['an encoded first letter', () => `/%75ploads/${file}`],
    ['an encoded slash', () => `/uploads%2F${file}`],
    ['an encoded lower-case slash', () => `/uploads%2f${file}`],
    ['another case', () => `/Uploads/${file}`],
    ['an encoded file name', () => `/uploads/%${Buffer.from(file[0]).toString('hex')}${file.slice(1)}`],
  ])('refuses %s, with or without a signature', async (_what, address) => {
    for (const method of ['get', 'head'] as const) {
      const res = await app.http[method](address());
      expect({ method, status: res.status }).toEqual({ method, status: 404 });
    }
  });

  it('still refuses the bare literal address (403) while the signed one is served', async () => {
    expect((await app.http.get(`/uploads/${file}`)).status).toBe(403);
  });
});

describe('the public site cannot read the back office with the session cookie', () => {
  it('answers a read carrying the cookie from the public site origin with 403 and no CORS credentials', async () => {
    const login = await app.http.post('/api/backoffice/session').set('X-Requested-With', 'sigobito').send({ identifier: 'mayor@demo.sigobito.org', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = String(login.headers['set-cookie'][0]).split(';')[0];
    const res = await app.http.get('/api/backoffice/me').set('Cookie', cookie).set('Origin', SITE);
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain('mayor@demo');
    // The same cookie from the back office itself (no Origin on a same-origin read) still works.
    expect((await app.http.get('/api/backoffice/me').set('Cookie', cookie)).status).toBe(200);
  });
});
