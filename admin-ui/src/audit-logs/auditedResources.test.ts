import { AUDITED_RESOURCES, auditResourceOf } from './auditedResources';

describe('AUDITED_RESOURCES', () => {
  it('lists every audited resource, login accounts included', () => {
    expect([...AUDITED_RESOURCES]).toEqual(['actors', 'themes', 'places', 'areas', 'positions', 'members', 'settings', 'accounts']);
  });
});

describe('auditResourceOf', () => {
  it('takes the resource the server names', () => {
    expect(auditResourceOf({ resource: 'accounts', contentType: 'plugin::users-permissions.user' })).toBe('accounts');
    expect(auditResourceOf({ resource: 'actors' })).toBe('actors');
  });

  it('names unnamed entries by their content type', () => {
    expect(auditResourceOf({ resource: null, contentType: 'plugin::users-permissions.user' })).toBe('accounts');
    expect(auditResourceOf({ resource: null, contentType: 'api::member.member' })).toBe('members');
  });

  it('gives nothing for what it does not know', () => {
    expect(auditResourceOf({ resource: null, contentType: 'api::unknown.unknown' })).toBeUndefined();
    expect(auditResourceOf({ resource: '', contentType: null })).toBeUndefined();
    expect(auditResourceOf({})).toBeUndefined();
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('gives nothing for the content type %s (a key every object inherits)', (contentType) => {
    expect(auditResourceOf({ resource: null, contentType })).toBeUndefined();
  });
});
