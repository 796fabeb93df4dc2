import { useEffect } from 'react';
import { Admin, CustomRoutes, Login, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { activities } from './activities';
import { actors } from './actors';
import { MY_TASKS_PATH, WEEK_AGENDA_PATH } from './agenda/routes';
import { areas } from './areas';
import { aros } from './aros';
import { auditLogs } from './audit-logs';
import { authProvider } from './authProvider';
import { lazyView } from './common/lazyView';
import { communications } from './communications';
import { withCommunicationActions } from './communications/communicationActions';
import { COMMUNICATION_CALENDAR_PATH, COMMUNICATION_REPORTS_PATH, OPPORTUNITIES_PATH } from './communications/routes';
import { createDataProvider } from './dataProvider';
import { deliveries } from './deliveries';
import { goals } from './goals';
import { withGoalActions } from './goals/goalActions';
import { GOALS_DASHBOARD_PATH, MY_GOALS_PATH } from './goals/routes';
import { i18nProvider } from './i18n/i18nProvider';
import { IMPLEMENTATION_GUIDE_PATH } from './implementation/route';
import { IMPORT_PATH } from './imports/route';
import { Layout } from './layout/Layout';
import { members } from './members';
import { milestones } from './milestones';
import { pieces } from './pieces';
import { places } from './places';
import { positions } from './positions';
import { CHANGE_PASSWORD_PATH, MY_NOTIFICATIONS_PATH } from './profile/routes';
import { progressReports } from './progress-reports';
import { GOAL_REPORT_PATH, QUALITY_REPORT_PATH, REPORTS_PATH } from './reports/routes';
import { requests } from './requests';
import { settings } from './settings';
import { taskUpdates } from './task-updates';
import { tasks } from './tasks';
import { themes } from './themes';

// Pages load when first opened (resources do the same in their index.ts): the login page waits for none of them.
const MyNotificationsPage = lazyView(() => import('./profile/MyNotificationsPage'), 'MyNotificationsPage');
const ChangePasswordPage = lazyView(() => import('./profile/ChangePasswordPage'), 'ChangePasswordPage');
const WeekAgendaPage = lazyView(() => import('./agenda/WeekAgendaPage'), 'WeekAgendaPage');
const GoalsDashboard = lazyView(() => import('./dashboard/GoalsDashboard'), 'GoalsDashboard');
const RoleDashboard = lazyView(() => import('./dashboard/RoleDashboard'), 'RoleDashboard');
const CommunicationCalendar = lazyView(() => import('./communications/CommunicationCalendar'), 'CommunicationCalendar');
const CommunicationReportsPage = lazyView(() => import('./communications/CommunicationReportsPage'), 'CommunicationReportsPage');
const OpportunityList = lazyView(() => import('./communications/OpportunityList'), 'OpportunityList');
const MyGoalList = lazyView(() => import('./goals/MyGoalList'), 'MyGoalList');
const ImplementationGuidePage = lazyView(() => import('./implementation/ImplementationGuidePage'), 'ImplementationGuidePage');
const ImportPage = lazyView(() => import('./imports/ImportPage'), 'ImportPage');
const GoalStatusReport = lazyView(() => import('./reports/GoalStatusReport'), 'GoalStatusReport');
const QualityReportPage = lazyView(() => import('./reports/QualityReportPage'), 'QualityReportPage');
const ReportsPage = lazyView(() => import('./reports/ReportsPage'), 'ReportsPage');
const MyTaskList = lazyView(() => import('./tasks/MyTaskList'), 'MyTaskList');

/** react-admin's login page; while the user types, the first screen's code arrives. */
const LoginPage = () => {
  useEffect(() => void RoleDashboard.preload(), []);
  return <Login />;
};

const dataProvider = withCommunicationActions(withGoalActions(createDataProvider()));

export const App = () => (
  <Admin
    title="SIGOBito"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={RoleDashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="activities" {...activities} />
    <Resource name="requests" {...requests} />
    <Resource name="tasks" {...tasks} />
    <Resource name="task-updates" {...taskUpdates} />
    <Resource name="goals" {...goals} />
    <Resource name="milestones" {...milestones} />
    <Resource name="progress-reports" {...progressReports} />
    <Resource name="aros" {...aros} />
    <Resource name="communications" {...communications} />
    <Resource name="pieces" {...pieces} />
    <Resource name="deliveries" {...deliveries} />
    <Resource name="actors" {...actors} />
    <Resource name="themes" {...themes} />
    <Resource name="places" {...places} />
    <Resource name="areas" {...areas} />
    <Resource name="positions" {...positions} />
    <Resource name="members" {...members} />
    <Resource name="settings" {...settings} />
    <Resource name="audit-logs" {...auditLogs} />
    <CustomRoutes>
      <Route path={IMPLEMENTATION_GUIDE_PATH} element={<ImplementationGuidePage />} />
      <Route path={IMPORT_PATH} element={<ImportPage />} />
      <Route path={WEEK_AGENDA_PATH} element={<WeekAgendaPage />} />
      <Route path={MY_TASKS_PATH} element={<MyTaskList />} />
      <Route path={MY_GOALS_PATH} element={<MyGoalList />} />
      <Route path={GOALS_DASHBOARD_PATH} element={<GoalsDashboard />} />
      <Route path={REPORTS_PATH} element={<ReportsPage />} />
      <Route path={QUALITY_REPORT_PATH} element={<QualityReportPage />} />
      <Route path={COMMUNICATION_REPORTS_PATH} element={<CommunicationReportsPage />} />
      <Route path={OPPORTUNITIES_PATH} element={<OpportunityList />} />
      <Route path={COMMUNICATION_CALENDAR_PATH} element={<CommunicationCalendar />} />
      <Route path={GOAL_REPORT_PATH} element={<GoalStatusReport />} />
      <Route path={MY_NOTIFICATIONS_PATH} element={<MyNotificationsPage />} />
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
    </CustomRoutes>
  </Admin>
);
