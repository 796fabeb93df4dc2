import { useMe } from '../goals/useMe';
import { grantableRoles, isRole, mayManageAccount, type Role } from '@sigobito/config/contracts';
import { roleChoices } from './roles';
import type { Member } from './types';

/**
 * What the caller may do with a member's role and account (undefined: a new member), by the
 * rules the API enforces (config/src/contracts/role-grants.ts): an administrator is offered every role but
 * mayor and agenda, and sees the account of whoever holds one locked.
 */
export const useRoleGrants = (member: Pick<Member, 'role'> | undefined) => {
  const { me } = useMe();
  const actor = isRole(me?.role) ? me.role : null;
  const current = member && isRole(member.role) ? member.role : null;
  const grantable: readonly Role[] = actor ? grantableRoles(actor, current) : [];
  return {
    roleChoices: roleChoices.filter((choice) => grantable.includes(choice.id)),
    accountLocked: actor !== null && !mayManageAccount(actor, current),
  };
};
