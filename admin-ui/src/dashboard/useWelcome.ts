import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRole } from '@sigobito/config/contracts';
import { roleLabelKey } from '../members/roles';
import type { Me } from '../session';

/** Who is greeted on the dashboard: their name and their role's label in the current locale. */
export const useWelcome = () => {
  const translate = useTranslate();
  const { identity, isPending: identityPending } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<Me | null>();
  const role = permissions?.role;
  const roleLabel = isRole(role) ? translate(roleLabelKey(role)) : (permissions?.roleLabel ?? '');
  return {
    name: identity?.fullName ?? '',
    roleLabel,
    isPending: identityPending || permissionsPending,
  };
};
