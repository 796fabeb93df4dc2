import { useGetOne } from 'react-admin';
import { approverRolesOf } from './workflow';

const SETTINGS_STALE_TIME = 60 * 60 * 1000;

/** Who approves communications, as the settings say (the mayor by default). */
export const useApproverRoles = () => {
  const { data, isPending } = useGetOne<{ id: string; communicationApprovers?: unknown }>('settings', { id: 'current' }, { staleTime: SETTINGS_STALE_TIME });
  return { approverRoles: approverRolesOf(data), isPending };
};
