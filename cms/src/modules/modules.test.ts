import { BACKOFFICE_RESOURCES } from '@sigobito/config';
import { MODULES } from '.';
import { registerModules, notificationKinds } from '../backoffice/registry';
import { NOTIFICATION_KINDS } from '@sigobito/config/contracts';
import routes from '../api/backoffice/routes/backoffice';

describe('the module list', () => {
  it('registers without two modules declaring the same thing', () => {
    expect(() => registerModules(MODULES)).not.toThrow();
  });

  it('serves every resource of the permission matrix, each from one module', () => {
    const served = MODULES.flatMap((m) => m.resources.map((r) => r.name));
    expect([...served].sort()).toEqual([...BACKOFFICE_RESOURCES].sort());
  });

  it('sends only the e-mail kinds a member can switch off, and each kind has a module that sends it', () => {
    registerModules(MODULES);
    expect([...notificationKinds()].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it("mounts each module action once, before the generic /:resource routes that would take its path", () => {
    const paths = routes.routes.map((r) => `${r.method} ${r.path}`);
    const firstGeneric = routes.routes.findIndex((r) => r.handler === 'backoffice.find');
    for (const a of MODULES.flatMap((m) => m.actions ?? [])) {
      const at = paths.indexOf(`${a.method} /backoffice${a.path}`);
      expect([a.path, at >= 0 && at < firstGeneric]).toEqual([a.path, true]);
      expect(paths.filter((p) => p === `${a.method} /backoffice${a.path}`)).toHaveLength(1);
    }
    expect(routes.routes.filter((r) => r.handler === 'backoffice.action')).toHaveLength(MODULES.flatMap((m) => m.actions ?? []).length);
  });
});
