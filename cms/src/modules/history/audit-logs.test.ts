import { registerModules } from '../../backoffice/registry';
import { MODULES } from '..';
import { auditLogs } from './audit-logs';

// The filter names resources through the registry, as the app fills it in register().
beforeAll(() => registerModules(MODULES));

const byResource = (value: unknown) => auditLogs.virtualFilters!.resource(value, '$eq', {} as never);

describe('the change log filtered by resource', () => {
  it('finds the entries of a back-office resource and of login accounts', () => {
    expect(byResource(['goals', 'accounts'])).toEqual({ contentType: { $in: ['api::goal.goal', 'plugin::users-permissions.user'] } });
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('finds nothing for %s (a key every object inherits)', (name) => {
    expect(byResource(name)).toEqual({ contentType: { $in: ['-'] } });
  });
});
