import { useCanAccess, useGetList } from 'react-admin';
import { isGoalManagerRole } from './access';
import { useMe } from './useMe';

/** Whether "Mis metas" makes sense for the caller: a goal manager, or anyone named manager of some goal. */
export const useManagesGoals = (): boolean => {
  const { me } = useMe();
  const { canAccess } = useCanAccess({ resource: 'goals', action: 'list' });
  const byRole = isGoalManagerRole(me);
  const { total } = useGetList(
    'goals',
    { filter: { mine: true }, pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: !!canAccess && !byRole && !!me?.member, staleTime: 5 * 60 * 1000 },
  );
  return !!canAccess && (byRole || (total ?? 0) > 0);
};
