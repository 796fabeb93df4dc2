import AssessmentIcon from '@mui/icons-material/Assessment';
import DashboardIcon from '@mui/icons-material/SpaceDashboard';
import OutlinedFlagIcon from '@mui/icons-material/OutlinedFlag';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { GOALS_DASHBOARD_PATH, MY_GOALS_PATH } from '../goals/routes';
import { useManagesGoals } from '../goals/useManagesGoals';
import { useMe } from '../goals/useMe';
import { REPORTS_PATH } from '../reports/routes';

/** "Metas", "Mis metas" (who manages goals), "Tablero" (the mayor has it as home) and "Reportes". */
export const GoalsMenuItems = () => {
  const translate = useTranslate();
  const { me } = useMe();
  const { canAccess } = useCanAccess({ resource: 'goals', action: 'list' });
  const managesGoals = useManagesGoals();
  if (!canAccess) return null;
  return (
    <>
      <Menu.ResourceItem name="goals" primaryText={translate('sigobito.goals.menu.goals')} />
      {managesGoals && <Menu.Item to={MY_GOALS_PATH} primaryText={translate('sigobito.goals.menu.my_goals')} leftIcon={<OutlinedFlagIcon />} />}
      {me?.role !== 'mayor' && <Menu.Item to={GOALS_DASHBOARD_PATH} primaryText={translate('sigobito.goals.menu.dashboard')} leftIcon={<DashboardIcon />} />}
      <Menu.Item to={REPORTS_PATH} primaryText={translate('sigobito.goals.menu.reports')} leftIcon={<AssessmentIcon />} />
    </>
  );
};

/** The first entry: "Tablero" for the mayor (whose home it is), "Inicio" for the others. */
export const HomeMenuItem = () => {
  const translate = useTranslate();
  const { me } = useMe();
  return me?.role === 'mayor' ? (
    <Menu.DashboardItem primaryText={translate('sigobito.goals.menu.dashboard')} leftIcon={<DashboardIcon />} />
  ) : (
    <Menu.DashboardItem />
  );
};
