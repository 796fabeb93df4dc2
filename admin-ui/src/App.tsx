import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { activities } from './activities';
import { actors } from './actors';
import { MY_TASKS_PATH, WEEK_AGENDA_PATH } from './agenda/routes';
import { WeekAgendaPage } from './agenda/WeekAgendaPage';
import { areas } from './areas';
import { auditLogs } from './audit-logs';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { ImportPage } from './imports/ImportPage';
import { IMPORT_PATH } from './imports/route';
import { Layout } from './layout/Layout';
import { members } from './members';
import { places } from './places';
import { positions } from './positions';
import { requests } from './requests';
import { settings } from './settings';
import { taskUpdates } from './task-updates';
import { tasks } from './tasks';
import { MyTaskList } from './tasks/MyTaskList';
import { themes } from './themes';

const dataProvider = createDataProvider();

export const App = () => (
  <Admin
    title="SIGOBito"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="activities" {...activities} />
    <Resource name="requests" {...requests} />
    <Resource name="tasks" {...tasks} />
    <Resource name="task-updates" {...taskUpdates} />
    <Resource name="actors" {...actors} />
    <Resource name="themes" {...themes} />
    <Resource name="places" {...places} />
    <Resource name="areas" {...areas} />
    <Resource name="positions" {...positions} />
    <Resource name="members" {...members} />
    <Resource name="settings" {...settings} />
    <Resource name="audit-logs" {...auditLogs} />
    <CustomRoutes>
      <Route path={IMPORT_PATH} element={<ImportPage />} />
      <Route path={WEEK_AGENDA_PATH} element={<WeekAgendaPage />} />
      <Route path={MY_TASKS_PATH} element={<MyTaskList />} />
    </CustomRoutes>
  </Admin>
);
