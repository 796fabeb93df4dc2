import { Skeleton } from '@mui/material';
import { useMe } from '../goals/useMe';
import { Dashboard } from './Dashboard';
import { GoalsDashboard } from './GoalsDashboard';

/** The mayor's home is the "Tablero"; everyone else's, the welcome page with shortcuts. */
export const RoleDashboard = () => {
  const { me, isPending } = useMe();
  if (isPending) return <Skeleton variant="rectangular" height={240} sx={{ mt: 2 }} />;
  return me?.role === 'mayor' ? <GoalsDashboard /> : <Dashboard />;
};
