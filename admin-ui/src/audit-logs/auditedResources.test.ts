import { AUDITED_RESOURCES } from '@sigobito/config/contracts';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { auditResourceOf } from './auditedResources';

describe('the change-history filter', () => {
  // Which resources the CMS audits is proven against its content types in cms/src/audit/audited.test.ts.
  it.each([
    ['es', es],
    ['en', en],
  ])('names every audited resource in %s, so none is offered as "—"', (_locale, messages) => {
    const names = messages.resources as Record<string, { name?: string }>;
    expect(AUDITED_RESOURCES.filter((resource) => !names[resource]?.name)).toEqual([]);
  });
});

describe('auditResourceOf', () => {
  it('takes the resource the server names', () => {
    expect(auditResourceOf({ resource: 'accounts', contentType: 'plugin::users-permissions.user' })).toBe('accounts');
    expect(auditResourceOf({ resource: 'actors' })).toBe('actors');
  });

  it('names unnamed entries by their content type, in every module', () => {
    expect(auditResourceOf({ resource: null, contentType: 'plugin::users-permissions.user' })).toBe('accounts');
    expect(auditResourceOf({ resource: null, contentType: 'api::member.member' })).toBe('members');
    expect(auditResourceOf({ resource: null, contentType: 'api::request.request' })).toBe('requests');
    expect(auditResourceOf({ resource: null, contentType: 'api::aro.aro' })).toBe('aros');
  });

  it('gives nothing for what it does not know', () => {
    expect(auditResourceOf({ resource: null, contentType: 'api::unknown.unknown' })).toBeUndefined();
    expect(auditResourceOf({ resource: null, contentType: 'api::audit-log.audit-log' })).toBeUndefined();
    expect(auditResourceOf({ resource: '', contentType: null })).toBeUndefined();
    expect(auditResourceOf({})).toBeUndefined();
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('gives nothing for the content type %s (a key every object inherits)', (contentType) => {
    expect(auditResourceOf({ resource: null, contentType })).toBeUndefined();
  });
});
