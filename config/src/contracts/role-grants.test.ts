import { grantableRoles, mayGrantRole, mayManageAccount } from './role-grants';
import type { Role } from './permissions';

describe('who may grant which role (on top of the matrix: admin and mayor write members)', () => {
  it.each<[Role, Role | null, Role, boolean]>([
    // an administrator manages every role but the two that open the private agenda
    ['admin', null, 'staff', true],
    ['admin', null, 'admin', true],
    ['admin', 'staff', 'follow-up', true],
    ['admin', null, 'mayor', false],
    ['admin', null, 'agenda', false],
    ['admin', 'staff', 'mayor', false],
    ['admin', 'staff', 'agenda', false],
    ['admin', 'admin', 'mayor', false],
    ['admin', 'mayor', 'staff', false],
    ['admin', 'agenda', 'press', false],
    ['admin', 'agenda', 'mayor', false],
    // keeping a role is no grant: the edit form sends the role back unchanged
    ['admin', 'mayor', 'mayor', true],
    ['admin', 'agenda', 'agenda', true],
    // the mayor grants and removes any role
    ['mayor', null, 'mayor', true],
    ['mayor', null, 'agenda', true],
    ['mayor', 'staff', 'agenda', true],
    ['mayor', 'agenda', 'staff', true],
    ['mayor', null, 'admin', true],
  ])('%s giving a member who is %s the role %s: %s', (actor, from, to, allowed) => {
    expect(mayGrantRole(actor, from, to)).toBe(allowed);
  });

  it.each<[Role, Role | null, boolean]>([
    ['admin', 'staff', true],
    ['admin', 'admin', true],
    ['admin', null, true],
    ['admin', 'mayor', false],
    ['admin', 'agenda', false],
    ['mayor', 'mayor', true],
    ['mayor', 'agenda', true],
    ['mayor', 'staff', true],
  ])("%s changing the account (login, e-mail, password, active) of a member who is %s: %s", (actor, role, allowed) => {
    expect(mayManageAccount(actor, role)).toBe(allowed);
  });

  it('offers an administrator every role but mayor and agenda for a new member, and no other role for a mayor', () => {
    expect(grantableRoles('admin', null)).toEqual(['goal-manager', 'follow-up', 'press', 'admin', 'staff']);
    expect(grantableRoles('admin', 'mayor')).toEqual(['mayor']);
    expect(grantableRoles('mayor', null)).toEqual(['mayor', 'agenda', 'goal-manager', 'follow-up', 'press', 'admin', 'staff']);
  });
});
