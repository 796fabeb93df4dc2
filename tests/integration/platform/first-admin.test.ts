import path from 'node:path';
import { startApp, type TestApp } from '../helpers/app';
import { CMS_DIST } from '../../../scripts/lib/cms';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ seed: false });
});
afterAll(() => app.stop());

 
const createAdmin = (input: unknown) => require(path.join(CMS_DIST, 'src/seed/first-admin')).createAdmin(app.strapi, input);

describe('a production install without demo data', () => {
  it('has no demo accounts', async () => {
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('gets its first administrator, who can log in and manage members', async () => {
    await createAdmin({ username: 'ana', email: 'Ana@Municipio.example', fullName: 'Ana Pérez', password: 'una-clave-muy-larga' });
    const login = await app.http.post('/api/auth/local').send({ identifier: 'ana@municipio.example', password: 'una-clave-muy-larga' });
    expect(login.status).toBe(200);
    const me = await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(me.body).toMatchObject({ role: 'admin', member: { fullName: 'Ana Pérez' } });
    expect(me.body.permissions.members).toContain('create');
  });

  it('refuses a weak password and an existing account', async () => {
    await expect(createAdmin({ username: 'bob', email: 'bob@municipio.example', fullName: 'Bob', password: 'corta' })).rejects.toThrow(/password/);
    await expect(createAdmin({ username: 'ana', email: 'otra@municipio.example', fullName: 'Ana Otra', password: 'una-clave-muy-larga' })).rejects.toThrow(/already exists/);
  });
});
