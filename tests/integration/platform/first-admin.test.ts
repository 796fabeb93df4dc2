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

  it("opens on the implementation guide: nothing of the strategy loaded, only the administrator in the network", async () => {
    const login = await app.http.post('/api/auth/local').send({ identifier: 'ana@municipio.example', password: 'una-clave-muy-larga' });
    const guide = await app.http.get('/api/backoffice/implementation-guide').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(guide.status).toBe(200);
    expect(guide.body).toMatchObject({ current: 'strategy', done: 0 });
    const steps = Object.fromEntries((guide.body.stages as Array<{ steps: Array<{ key: string }> }>).flatMap((s) => s.steps).map((s) => [s.key, s]));
    expect(steps.actors).toMatchObject({ state: 'missing', count: 0, link: { resource: 'actors', import: true } });
    expect(steps.goals_identified).toMatchObject({ state: 'missing', target: 5, missing: 5 });
    expect(steps.roles).toMatchObject({ missingRoles: ['mayor', 'agenda', 'follow-up', 'goal-manager', 'press'] });
    expect(guide.body.counts.membersByRole).toEqual({ admin: 1 });
  });

  it('counts what the administrator loads: a theme makes its step done', async () => {
    const login = await app.http.post('/api/auth/local').send({ identifier: 'ana@municipio.example', password: 'una-clave-muy-larga' });
    const auth = { Authorization: `Bearer ${login.body.jwt}` };
    expect((await app.http.post('/api/backoffice/themes').set(auth).send({ code: 'EJE-1', name: 'Servicios públicos' })).status).toBe(201);
    const guide = await app.http.get('/api/backoffice/implementation-guide').set(auth);
    const themes = (guide.body.stages as Array<{ key: string; state: string; steps: Array<{ key: string; state: string }> }>).find((s) => s.key === 'strategy')!;
    expect(themes.steps.find((s) => s.key === 'themes')!.state).toBe('done');
    expect(themes.state).toBe('in_progress');
  });

  it('refuses a weak password and an existing account', async () => {
    await expect(createAdmin({ username: 'bob', email: 'bob@municipio.example', fullName: 'Bob', password: 'corta' })).rejects.toThrow(/password/);
    await expect(createAdmin({ username: 'ana', email: 'otra@municipio.example', fullName: 'Ana Otra', password: 'una-clave-muy-larga' })).rejects.toThrow(/already exists/);
  });
});
