import { apiActionFor, isAllowed, type PermissionMap } from './permissions';

const admin: PermissionMap = { actors: ['read', 'create', 'update', 'delete'], settings: ['read', 'update'] };
const mayor: PermissionMap = { actors: ['read'], settings: ['read'], 'audit-logs': ['read'] };

describe('isAllowed', () => {
  it('lets list and show through with read', () => {
    expect(isAllowed(mayor, 'actors', 'list')).toBe(true);
    expect(isAllowed(mayor, 'actors', 'show')).toBe(true);
  });

  it('maps create, edit and delete to create, update and delete', () => {
    expect(isAllowed(admin, 'actors', 'create')).toBe(true);
    expect(isAllowed(admin, 'actors', 'edit')).toBe(true);
    expect(isAllowed(admin, 'actors', 'delete')).toBe(true);
    expect(isAllowed(mayor, 'actors', 'create')).toBe(false);
    expect(isAllowed(mayor, 'actors', 'edit')).toBe(false);
    expect(isAllowed(mayor, 'actors', 'delete')).toBe(false);
  });

  it('refuses resources missing from the map, unknown actions and a missing map', () => {
    expect(isAllowed(admin, 'audit-logs', 'list')).toBe(false);
    expect(isAllowed(admin, 'actors', 'launch')).toBe(false);
    expect(isAllowed(undefined, 'actors', 'list')).toBe(false);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses a resource or an action named %s (a key every object inherits)', (key) => {
    expect(isAllowed(admin, key, 'list')).toBe(false);
    expect(isAllowed(admin, 'actors', key)).toBe(false);
    expect(apiActionFor(key)).toBeUndefined();
  });

  it('lets a role edit settings only with update', () => {
    expect(isAllowed(admin, 'settings', 'edit')).toBe(true);
    expect(isAllowed(mayor, 'settings', 'edit')).toBe(false);
  });
});

describe('apiActionFor', () => {
  it('treats export as a read', () => {
    expect(apiActionFor('export')).toBe('read');
  });
});
