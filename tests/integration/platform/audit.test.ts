import path from 'node:path';
import { startApp, type TestApp } from '../helpers/app';
import { CMS_DIST } from '../../../scripts/lib/cms';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

const history = async (role: 'admin' | 'staff' | 'press' | 'mayor' | 'agenda', resource: string, recordId: string) =>
  app.http
    .get(`/api/backoffice/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource, recordId }))}&sort=["at","ASC"]`)
    .set('Authorization', `Bearer ${await app.login(role)}`);

describe('the audit trail', () => {
  it('records who created, changed and deleted a record, with before and after of each field', async () => {
    const admin = await app.client('admin');
    const { data: theme } = await admin.create('themes', { data: { code: 'T-AUD', name: 'Auditoría', colour: '#112233' } });
    await admin.update('themes', { id: theme.id, data: { ...theme, name: 'Auditoría ciudadana' }, previousData: theme });
    await admin.delete('themes', { id: theme.id, previousData: theme });

    const res = await history('admin', 'themes', theme.id as string);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'delete']);
    const [created, updated, deleted] = res.body;
    expect(created).toMatchObject({ resource: 'themes', recordId: theme.id, userName: expect.any(String), changes: { name: { before: null, after: 'Auditoría' } } });
    expect(updated.changes).toEqual({ name: { before: 'Auditoría', after: 'Auditoría ciudadana' } });
    expect(deleted.changes.name).toEqual({ before: 'Auditoría ciudadana', after: null });
    const adminMember = await app.strapi.db.query('api::member.member').findOne({ where: { user: { username: 'admin' } } });
    expect(created.userName).toBe(adminMember.fullName);
  });

  it('records relation changes as ids', async () => {
    const admin = await app.client('admin');
    const themes = await admin.getList('themes', { filter: {}, pagination: { page: 1, perPage: 2 }, sort: { field: 'code', order: 'ASC' } });
    const { data: actor } = await admin.create('actors', { data: { name: 'Con temas', kind: 'person', themes: [themes.data[0].id] } });
    await admin.update('actors', { id: actor.id, data: { themes: [themes.data[0].id, themes.data[1].id] }, previousData: actor });
    const res = await history('admin', 'actors', actor.id as string);
    expect(res.body[1].changes.themes).toEqual({ before: [themes.data[0].id], after: [themes.data[0].id, themes.data[1].id].sort() });
  });

  it("names the records a change links to, as the reader may see them: 'Gerente de la meta: Ana → Mario', not two ids", async () => {
    const followUp = await app.client('follow-up');
    const members = await followUp.getList('members', { filter: {}, pagination: { page: 1, perPage: 2 }, sort: { field: 'fullName', order: 'ASC' } });
    const [first, second] = members.data as Array<{ id: string; fullName: string }>;
    const { data: goal } = await followUp.create('goals', { data: { code: 'M-HIST', title: 'Meta con historia', manager: first.id, status: 'draft' } });
    await followUp.update('goals', { id: goal.id, data: { manager: second.id }, previousData: goal });
    const [, changed] = (await history('mayor', 'goals', goal.id as string)).body;
    expect(changed.changes.manager).toEqual({ before: first.id, after: second.id });
    expect(changed.references.manager).toEqual({ [first.id]: first.fullName, [second.id]: second.fullName });
  });

  it('names related records only for a reader who may read them, and leaves a gone record unnamed', async () => {
    const agenda = await app.client('agenda');
    const { data: actor } = await agenda.create('actors', { data: { name: 'Cooperativa de la historia', kind: 'group' } });
    const start = new Date(Date.now() + 3 * 86_400_000);
    const { data: activity } = await agenda.create('activities', {
      data: { title: 'Reunión con la cooperativa', start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), status: 'confirmed', visibility: 'public', actors: [actor.id] },
    });
    const named = async (role: 'agenda' | 'staff') => (await history(role, 'activities', activity.id as string)).body[0].references.actors;
    expect(await named('agenda')).toEqual({ [actor.id]: 'Cooperativa de la historia' });
    // Staff reads the agenda but not the actors: the link is there, the name is not.
    expect(await named('staff')).toEqual({ [actor.id]: null });

    const admin = await app.client('admin');
    const { data: parent } = await admin.create('themes', { data: { code: 'T-PADRE', name: 'Eje que se irá', colour: '#112233' } });
    const { data: child } = await admin.create('themes', { data: { code: 'T-HIJO', name: 'Tema hijo', colour: '#112233', parent: parent.id } });
    await admin.update('themes', { id: child.id, data: { parent: null }, previousData: child });
    await admin.delete('themes', { id: parent.id, previousData: parent });
    const [childCreated] = (await history('admin', 'themes', child.id as string)).body;
    expect(childCreated.references.parent).toEqual({ [parent.id]: null });
  });

  it('lets whoever may read a record read its history, and nobody else read the whole log', async () => {
    const admin = await app.client('admin');
    const { data: place } = await admin.create('places', { data: { code: 'P-AUD', name: 'Plaza', kind: 'other' } });
    const { data: actor } = await admin.create('actors', { data: { name: 'Privado', kind: 'person', email: 'p@example.org' } });
    expect((await history('staff', 'places', place.id as string)).status).toBe(200);
    // staff may not read actors, so neither their history
    expect((await history('staff', 'actors', actor.id as string)).status).toBe(403);
    const whole = (role: 'staff' | 'press' | 'mayor') => app.login(role).then((t) => app.http.get('/api/backoffice/audit-logs').set('Authorization', `Bearer ${t}`));
    expect((await whole('staff')).status).toBe(403);
    expect((await whole('press')).status).toBe(403);
    expect((await whole('mayor')).status).toBe(200);
  });

  it('names login accounts as such, so an account change is findable', async () => {
    const jwt = await app.login('admin');
    const res = await app.http.get(`/api/backoffice/audit-logs?filter=${encodeURIComponent('{"resource":"accounts"}')}`).set('Authorization', `Bearer ${jwt}`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((r: { resource: string }) => r.resource === 'accounts')).toBe(true);
    // That a password was set is recorded; the password and its hash never are.
    expect(JSON.stringify(res.body)).not.toMatch(/\$2[aby]\$|demo-test-password/);
    const passwordChanges = res.body.flatMap((r: { changes: Record<string, unknown> }) => (r.changes.password ? [r.changes.password] : []));
    expect(passwordChanges.length).toBeGreaterThan(0);
    expect(passwordChanges.every((c: { before: unknown; after: unknown }) => [null, '••••••'].includes(c.before as never) && c.after === '••••••')).toBe(true);
  });

  it('cannot be written through the API', async () => {
    const jwt = await app.login('admin');
    const res = await app.http.post('/api/backoffice/audit-logs').set('Authorization', `Bearer ${jwt}`).send({ action: 'create' });
    expect(res.status).toBe(403);
  });

  it("keeps the entries of private activities written before the restricted flag existed out of the admin's sight once replayed at boot", async () => {
    const agenda = await app.client('agenda');
    const when = { start: new Date(Date.now() + 86_400_000).toISOString(), end: new Date(Date.now() + 90_000_000).toISOString(), status: 'tentative' };
    const { data: secret } = await agenda.create('activities', { data: { ...when, title: 'Cena reservada', visibility: 'private' } });
    const { data: open } = await agenda.create('activities', { data: { ...when, title: 'Feria abierta', visibility: 'public' } });
    // As the log was before the flag: no entry says whether it is restricted.
    const log = app.strapi.db.query('api::audit-log.audit-log' as never);
    await log.updateMany({ where: { recordId: { $in: [secret.id, open.id] } }, data: { restricted: null } });
    // Until the boot replays them, entries without the flag are out of sight of those who may not read private activities.
    expect((await history('admin', 'activities', open.id as string)).body).toEqual([]);

    const { flagRestrictedHistory } = require(path.join(CMS_DIST, 'src/audit/middleware'));
    await flagRestrictedHistory(app.strapi);
    expect((await history('admin', 'activities', secret.id as string)).body).toEqual([]);
    expect((await history('admin', 'activities', open.id as string)).body).toHaveLength(1);
    expect((await history('mayor', 'activities', secret.id as string)).body).toHaveLength(1);
  });
});
