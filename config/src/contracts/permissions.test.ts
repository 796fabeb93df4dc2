import { BACKOFFICE_MATRIX, can, CONTENT_API_MATRIX, permissionsOf, ROLES, type Action, type BackofficeResource, type Role } from './permissions';

describe('the permission matrix', () => {
  it('gives every role a row on every resource, in r/c/u/d letters only', () => {
    for (const row of Object.values(BACKOFFICE_MATRIX)) {
      expect(Object.keys(row).sort()).toEqual([...ROLES].sort());
      for (const letters of Object.values(row)) expect(letters).toMatch(/^r?c?u?d?$/);
    }
  });

  it('lets only admin write the catalogs (and the mayor the members), and keeps actors (contact data) from staff', () => {
    for (const role of ROLES) {
      expect(can(role, 'themes', 'create')).toBe(role === 'admin');
      expect(can(role, 'members', 'create')).toBe(role === 'admin' || role === 'mayor');
    }
    expect(can('staff', 'actors', 'read')).toBe(false);
    expect(can('agenda', 'actors', 'create')).toBe(true);
    expect(can('agenda', 'actors', 'delete')).toBe(false);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('lets nobody do anything on a resource, as a role or with an action named %s', (key) => {
    expect(can('admin', key as BackofficeResource, 'read')).toBe(false);
    expect(can(key as Role, 'actors', 'read')).toBe(false);
    expect(can('admin', 'actors', key as Action)).toBe(false);
  });

  it('lists what a role may do per resource', () => {
    expect(permissionsOf('staff').themes).toEqual(['read']);
    expect(permissionsOf('admin').actors).toEqual(['read', 'create', 'update', 'delete']);
    expect(permissionsOf('staff')['audit-logs']).toEqual([]);
  });

  it('never opens private catalogs on the public content API', () => {
    const open = CONTENT_API_MATRIX.public.join(' ');
    expect(open).not.toMatch(/actor|member|audit|area|position/);
  });
});
