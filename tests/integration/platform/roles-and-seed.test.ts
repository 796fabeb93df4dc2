import path from 'node:path';
import { CONTENT_API_MATRIX, ROLES } from '@sigobito/config';
import { startApp, type TestApp } from '../helpers/app';
import { CMS_DIST } from '../../../scripts/lib/cms';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

 
const { syncRoles } = require(path.join(CMS_DIST, 'src/roles/sync'));
 
const { seedDemo } = require(path.join(CMS_DIST, 'src/seed/demo'));

async function permissionsByRole() {
  const rows = (await app.strapi.db.query('plugin::users-permissions.permission').findMany({ populate: { role: { select: ['type'] } } })) as Array<{
    action: string;
    role: { type: string } | null;
  }>;
  const map: Record<string, string[]> = {};
  for (const r of rows) (map[r.role?.type ?? '-'] ??= []).push(r.action);
  for (const k of Object.keys(map)) map[k].sort();
  return map;
}

describe('roles come from the permission matrix', () => {
  it('creates every role with exactly the content-API permissions of the matrix', async () => {
    const map = await permissionsByRole();
    for (const [role, actions] of Object.entries(CONTENT_API_MATRIX)) expect(map[role]).toEqual([...actions].sort());
    const types = (await app.strapi.db.query('plugin::users-permissions.role').findMany()).map((r: { type: string }) => r.type);
    expect(types).toEqual(expect.arrayContaining([...ROLES, 'public', 'authenticated']));
  });

  it('changes nothing when it runs again', async () => {
    const before = await permissionsByRole();
    expect(await syncRoles(app.strapi)).toEqual({ rolesCreated: [], permissionsAdded: 0, permissionsRemoved: 0 });
    expect(await permissionsByRole()).toEqual(before);
  });

  it('puts back a permission removed by hand and removes one added by hand', async () => {
    const pub = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { role: pub.id, action: 'api::theme.theme.find' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { role: pub.id, action: 'api::theme.theme.delete' } });
    expect(await syncRoles(app.strapi)).toEqual({ rolesCreated: [], permissionsAdded: 1, permissionsRemoved: 1 });
    expect((await permissionsByRole()).public).toEqual([...CONTENT_API_MATRIX.public].sort());
  });
});

describe('the demo municipality', () => {
  it('has the structure an implementation starts with, and one demo user per role', async () => {
    const count = (uid: string, where = {}) => app.strapi.db.query(uid as never).count({ where });
    expect(await count('api::place.place', { kind: 'district' })).toBeGreaterThanOrEqual(3);
    expect(await count('api::place.place', { kind: { $in: ['corregimiento', 'neighbourhood'] } })).toBeGreaterThanOrEqual(12);
    expect(await count('api::theme.theme')).toBeGreaterThanOrEqual(10);
    expect(await count('api::actor.actor')).toBeGreaterThanOrEqual(40);
    for (const role of ROLES) {
      const res = await app.http.post('/api/auth/local').send({ identifier: `${role}@demo.sigobito.org`, password: 'demo-test-password' });
      expect([role, res.status]).toEqual([role, 200]);
      expect(res.body.user.username).toBe(role);
    }
  });

  it('is an upsert: seeding again adds nothing and changes nothing', async () => {
    const uids = ['api::theme.theme', 'api::place.place', 'api::area.area', 'api::position.position', 'api::actor.actor', 'api::member.member', 'plugin::users-permissions.user', 'api::audit-log.audit-log'];
    const counts = async () => Promise.all(uids.map((u) => app.strapi.db.query(u as never).count()));
    const before = await counts();
    const lines: string[] = [];
    await seedDemo(app.strapi, { password: 'demo-test-password', log: (m: string) => lines.push(m), agenda: false, goals: false });
    expect(await counts()).toEqual(before);
    expect(lines.some((l) => /actores\s+\[#+\] \d+\/\d+/.test(l))).toBe(true);
  });
});
