import { startApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

const loginAs = (identifier: string, password: string) => app.http.post('/api/auth/local').send({ identifier, password });

describe('members', () => {
  it('admin creates a member: account and profile in one record, and the new member can log in', async () => {
    const admin = await app.client('admin');
    const areas = await admin.getList('areas', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' } });
    const { data } = await admin.create('members', {
      data: { fullName: 'Lucía Batista', username: 'lbatista', email: 'LBatista@Example.org', password: 'clave-de-lucia', role: 'press', area: areas.data[0].id },
    });
    expect(data).toMatchObject({ fullName: 'Lucía Batista', username: 'lbatista', email: 'lbatista@example.org', role: 'press', area: areas.data[0].id, active: true });
    expect(data).not.toHaveProperty('password');
    expect(data).not.toHaveProperty('user');
    const login = await loginAs('lbatista', 'clave-de-lucia');
    expect(login.status).toBe(200);
    const me = await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(me.body).toMatchObject({ role: 'press', member: { fullName: 'Lucía Batista' } });
  });

  it('keeps notification switches per member: all on by default, each one can be turned off', async () => {
    const admin = await app.client('admin');
    const staff = (await admin.getList('members', { filter: { username: 'jcedeno' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).data[0];
    expect(staff.notificationPreferences).toMatchObject({ taskAssigned: true, weeklyDigest: true });
    const { data } = await admin.update('members', { id: staff.id, data: { notificationPreferences: { ...staff.notificationPreferences, weeklyDigest: false } }, previousData: staff });
    expect(data.notificationPreferences).toMatchObject({ taskAssigned: true, weeklyDigest: false });
    const bad = await admin.update('members', { id: staff.id, data: { notificationPreferences: { weeklyDigest: 'no' } }, previousData: staff }).catch((e) => e);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.notificationPreferences).toBe('Cada preferencia debe ser verdadero o falso');
  });

  it('lets every member, whatever the role, turn their own e-mails off and on, and records the change', async () => {
    const jwt = await app.login('staff');
    const mine = () => app.http.get('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`);
    expect((await mine()).body).toMatchObject({ taskAssigned: true, taskOverdue: true, weeklyDigest: true });
    const off = await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ taskOverdue: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ taskOverdue: false, taskAssigned: true });
    expect((await mine()).body.taskOverdue).toBe(false);
    // What the e-mail jobs read: the member's stored switches, as the administrator sees them.
    const admin = await app.client('admin');
    const me = (await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${jwt}`)).body;
    const record = (await admin.getOne('members', { id: me.member.id })).data;
    expect(record.notificationPreferences).toMatchObject({ taskOverdue: false, taskAssigned: true });
    const history = await admin.getList('audit-logs', {
      filter: { resource: 'members', recordId: me.member.id },
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'createdAt', order: 'DESC' },
    });
    expect(history.data[0]).toMatchObject({ userName: me.member.fullName });
    expect(JSON.stringify(history.data[0].changes)).toContain('taskOverdue');
    const on = await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ taskOverdue: true });
    expect(on.body.taskOverdue).toBe(true);
  });

  it("refuses bad e-mail switches field by field, and anyone's switches without a session", async () => {
    const jwt = await app.login('press');
    const bad = await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ weeklyDigest: 'no', smsAlerts: false });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ weeklyDigest: 'Debe ser verdadero o falso', smsAlerts: 'Aviso desconocido' });
    expect((await app.http.get('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`)).body.weeklyDigest).toBe(true);
    expect((await app.http.get('/api/backoffice/me/notifications')).status).toBe(401);
    expect((await app.http.put('/api/backoffice/me/notifications').send({ weeklyDigest: false })).status).toBe(401);
  });

  it('refuses a taken username or email and a weak password, field by field', async () => {
    const admin = await app.client('admin');
    const err = await admin
      .create('members', { data: { fullName: 'Otro', username: 'admin', email: 'press@demo.sigobito.org', password: 'corta', role: 'staff' } })
      .catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors).toMatchObject({ password: 'Como mínimo 8 caracteres' });
    const taken = await admin.create('members', { data: { fullName: 'Otro', username: 'admin', email: 'press@demo.sigobito.org', password: 'una-clave-larga', role: 'staff' } }).catch((e) => e);
    expect(taken.body.errors).toEqual({ username: 'Ese usuario ya existe', email: 'Ese correo ya está registrado' });
    const badRole = await admin.create('members', { data: { fullName: 'Otro', username: 'otro', email: 'otro@example.org', password: 'una-clave-larga', role: 'king' } }).catch((e) => e);
    expect(badRole.body.errors.role).toContain('mayor');
  });

  it('finds members by name, username or e-mail with the search box', async () => {
    const admin = await app.client('admin');
    const byUsername = await admin.getList('members', { filter: { q: 'mgonzalez' }, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' } });
    expect(byUsername.data.map((m) => m.username)).toEqual(['mgonzalez']);
    const byEmail = await admin.getList('members', { filter: { q: 'staff@demo' }, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' } });
    expect(byEmail.data.map((m) => m.username)).toEqual(['staff']);
  });

  it('filters members by role and changes a role', async () => {
    const admin = await app.client('admin');
    const staff = await admin.getList('members', { filter: { role: 'staff' }, pagination: { page: 1, perPage: 50 }, sort: { field: 'fullName', order: 'ASC' } });
    expect(staff.total).toBeGreaterThanOrEqual(6);
    expect(staff.data.every((m) => m.role === 'staff')).toBe(true);
    const one = staff.data.find((m) => m.username === 'mgonzalez')!;
    const { data } = await admin.update('members', { id: one.id, data: { ...one, role: 'follow-up' }, previousData: one });
    expect(data.role).toBe('follow-up');
    const login = await loginAs('mgonzalez', 'demo-test-password');
    const me = await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(me.body.role).toBe('follow-up');
  });

  it('deactivation needs someone to receive the open work, then locks the account out', async () => {
    const admin = await app.client('admin');
    const list = await admin.getList('members', { filter: { username: 'rmontenegro' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
    const leaving = list.data[0];
    const receiver = (await admin.getList('members', { filter: { username: 'staff' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).data[0];
    const session = (await loginAs('rmontenegro', 'demo-test-password')).body.jwt;
    const jwt = await app.login('admin');

    const missing = await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.handoverTo).toBe('Indique quién recibe el trabajo abierto');
    const self = await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: leaving.id });
    expect(self.status).toBe(400);
    const notAdmin = await app.http
      .post(`/api/backoffice/members/${leaving.id}/deactivate`)
      .set('Authorization', `Bearer ${await app.login('agenda')}`)
      .send({ handoverTo: receiver.id });
    expect(notAdmin.status).toBe(403);

    const done = await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: receiver.id });
    expect(done.status).toBe(200);
    expect(done.body.member).toMatchObject({ active: false, handedOverTo: receiver.id, deactivatedAt: expect.any(String) });
    expect(done.body.handedOver).toEqual(expect.any(Object));

    expect((await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${session}`)).status).toBe(401);
    expect((await loginAs('rmontenegro', 'demo-test-password')).status).toBe(400);
    const again = await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: receiver.id });
    expect(again.status).toBe(400);
    const toInactive = await app.http.post(`/api/backoffice/members/${receiver.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: leaving.id });
    expect(toInactive.body.errors.handoverTo).toBe('Ese miembro está desactivado');
  });

  it('lets a deactivated member back in, with the change in their history, and only by an administrator', async () => {
    const admin = await app.client('admin');
    const jwt = await app.login('admin');
    const [leaving, receiver] = await Promise.all(
      ['press', 'staff'].map(async (username) => (await admin.getList('members', { filter: { username }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).data[0]),
    );
    await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: receiver.id }).expect(200);
    expect((await loginAs('press', 'demo-test-password')).status).toBe(400);
    const refused = await app.http.post(`/api/backoffice/members/${leaving.id}/reactivate`).set('Authorization', `Bearer ${await app.login('agenda')}`);
    expect(refused.status).toBe(403);
    const back = await app.http.post(`/api/backoffice/members/${leaving.id}/reactivate`).set('Authorization', `Bearer ${jwt}`);
    expect(back.status).toBe(200);
    expect(back.body.member).toMatchObject({ active: true, deactivatedAt: null });
    expect((await loginAs('press', 'demo-test-password')).status).toBe(200);
    const again = await app.http.post(`/api/backoffice/members/${leaving.id}/reactivate`).set('Authorization', `Bearer ${jwt}`);
    expect(again.body.errors.active).toBe('El miembro ya está activo');
    const history = await admin.getList('audit-logs', { filter: { resource: 'members', recordId: leaving.id }, pagination: { page: 1, perPage: 5 }, sort: { field: 'at', order: 'DESC' } });
    expect(history.data[0].changes.active).toEqual({ before: false, after: true });
  });

  it('does not let an administrator deactivate their own account', async () => {
    const jwt = await app.login('admin');
    const me = (await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${jwt}`)).body;
    const receiver = (await (await app.client('admin')).getList('members', { filter: { username: 'staff' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).data[0];
    const res = await app.http.post(`/api/backoffice/members/${me.member.id}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: receiver.id });
    expect(res.status).toBe(400);
    expect(res.body.errors.member).toBe('No puede desactivar su propia cuenta; pídalo a otro administrador');
    expect((await app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${jwt}`)).status).toBe(200);
  });
});
