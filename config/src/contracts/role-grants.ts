import { ROLES, type Role } from './permissions';

/*
 * Who may hand out which role. `mayor` and `agenda` open the mayor's private agenda, so only the
 * mayor grants or removes them, and only the mayor changes the account (login, e-mail, password,
 * active or not) of someone who holds one: an administrator manages every other member. The
 * first mayor of an install is created from the server console (`npm run create-admin -- --role mayor`).
 * Browser-safe: the back office offers only the roles these rules allow (`@sigobito/config/contracts`).
 */

/** The roles that see the private agenda. */
export const PRIVILEGED_ROLES: readonly Role[] = ['mayor', 'agenda'];

export const isPrivilegedRole = (role: Role | null | undefined): boolean => !!role && PRIVILEGED_ROLES.includes(role);

/** Whether `actor` may change the account of a member who holds `role` (null: a new member). */
export function mayManageAccount(actor: Role, role: Role | null): boolean {
  return actor === 'mayor' || !isPrivilegedRole(role);
}

/** Whether `actor` may give role `to` to a member who holds `from` (null: a new member). Keeping a role is no grant. */
export function mayGrantRole(actor: Role, from: Role | null, to: Role): boolean {
  return from === to || actor === 'mayor' || (!isPrivilegedRole(from) && !isPrivilegedRole(to));
}

/** The roles `actor` may offer for a member who holds `current` (null: a new member): the role choices of the form. */
export function grantableRoles(actor: Role, current: Role | null): Role[] {
  return ROLES.filter((role) => mayGrantRole(actor, current, role));
}

/** The refusal an administrator gets (403). */
export const PRIVILEGED_ROLE_MESSAGE = 'Solo el Titular puede dar o quitar los roles Titular y Responsable de agenda, y cambiar la cuenta de quien los tiene';
