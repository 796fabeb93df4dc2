import { Skeleton } from '@mui/material';
import { isFirstDay } from '@sigobito/config/contracts';
import { useMe } from '../goals/useMe';
import { ImplementationGuidePage } from '../implementation/ImplementationGuidePage';
import { useImplementationGuide } from '../implementation/useImplementationGuide';
import { Dashboard } from './Dashboard';
import { GoalsDashboard } from './GoalsDashboard';

const Waiting = () => <Skeleton variant="rectangular" height={240} sx={{ mt: 2 }} />;

/** The administrator's first days open on the implementation guide, until the strategy and the parameters are loaded. */
const AdminHome = () => {
  const { data, isPending, error } = useImplementationGuide();
  if (isPending && !error) return <Waiting />;
  return data && isFirstDay(data) ? <ImplementationGuidePage /> : <Dashboard />;
};

/** The mayor's home is the "Tablero"; the administrator's, the guide while the municipality is being set up; everyone else's, the welcome page with shortcuts. */
export const RoleDashboard = () => {
  const { me, isPending } = useMe();
  if (isPending) return <Waiting />;
  if (me?.role === 'mayor') return <GoalsDashboard />;
  return me?.role === 'admin' ? <AdminHome /> : <Dashboard />;
};
