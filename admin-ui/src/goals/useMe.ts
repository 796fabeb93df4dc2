import { usePermissions } from 'react-admin';
import type { Me } from '../session';

/** The caller as /me describes them (role, member, permissions); null while unknown. */
export const useMe = () => {
  const { permissions, isPending } = usePermissions<Me | null>();
  return { me: permissions ?? null, isPending };
};
