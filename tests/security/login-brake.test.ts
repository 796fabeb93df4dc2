/**
 * Failed password checks are counted per address across every route that checks a password
 * (issue 7, second look): alternating between the API login, the browser login and the own
 * password change buys no new guesses.
 */
import { startApp, DEMO_PASSWORD, type TestApp } from '../integration/helpers/app';

const LIMIT = 3;
let app: TestApp;

beforeAll(async () => {
  process.env.LOGIN_RATE_LIMIT = String(LIMIT);
  app = await startApp();
});

afterAll(async () => {
  await app.stop();
  delete process.env.LOGIN_RATE_LIMIT;
});

it('refuses the next password check on any path once the failures on all paths reach the limit, even a right password', async () => {
  const token = await app.login('staff');
  const failures = [
    (await app.http.post('/api/auth/local').send({ identifier: 'staff@demo.sigobito.org', password: 'adivinanza-1' })).status,
    (await app.http.post('/api/backoffice/session').set('X-Requested-With', 'sigobito').send({ identifier: 'staff@demo.sigobito.org', password: 'adivinanza-2' })).status,
    (await app.http.put('/api/backoffice/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'adivinanza-3', password: 'otra-clave-larga-1' })).status,
  ];
  expect(failures).toEqual([400, 400, 400]);
  // users-permissions' own limiter counts per path (LIMIT each): this is only the second call on
  // the API login and on the browser login, so the 429s below are the shared brake's.
  const next = await app.http.post('/api/auth/local').send({ identifier: 'mayor@demo.sigobito.org', password: DEMO_PASSWORD });
  expect(next.status).toBe(429);
  expect(next.body.error.message).toMatch(/Demasiados intentos/);
  const browser = await app.http.post('/api/backoffice/session').set('X-Requested-With', 'sigobito').send({ identifier: 'mayor@demo.sigobito.org', password: DEMO_PASSWORD });
  expect(browser.status).toBe(429);
});
