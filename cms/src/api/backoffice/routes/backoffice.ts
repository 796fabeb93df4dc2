import { acceptOnly } from '../../../sessions/login';

/** The back-office API. Authentication and authorization happen in the controller (auth.ts + the matrix). */
const route = (method: string, path: string, handler: string, middlewares: unknown[] = []) => ({
  method,
  path: `/backoffice${path}`,
  handler: `backoffice.${handler}`,
  config: { auth: false as const, policies: [], middlewares },
});

/** What guesses passwords gets the brute-force brake of /api/auth/local (LOGIN_RATE_LIMIT a minute per address). */
const passwordGuarded = (fields: string[]) => [acceptOnly(fields), 'plugin::users-permissions.rateLimit'];

export default {
  routes: [
    route('POST', '/session', 'login', passwordGuarded(['identifier', 'password'])),
    route('DELETE', '/session', 'logout'),
    route('GET', '/me', 'me'),
    route('PUT', '/me/password', 'changeMyPassword', passwordGuarded(['currentPassword', 'password'])),
    route('POST', '/me/calendar-token', 'calendarToken'),
    route('GET', '/me/notifications', 'myNotifications'),
    route('PUT', '/me/notifications', 'updateMyNotifications'),
    route('POST', '/uploads', 'upload'),
    route('POST', '/members/:id/deactivate', 'deactivate'),
    route('POST', '/members/:id/reactivate', 'reactivate'),
    route('POST', '/requests/:id/transition', 'transitionRequest'),
    route('POST', '/aros/:id/escalate', 'escalateAro'),
    route('GET', '/dashboard', 'dashboard'),
    route('GET', '/reports/goals', 'goalsReport'),
    route('GET', '/reports/goals.csv', 'goalsReportCsv'),
    route('GET', '/reports/goals/:id/milestones.csv', 'goalMilestonesCsv'),
    route('GET', '/reports/quality', 'qualityReport'),
    route('POST', '/imports/:resource', 'importCsv'),
    route('GET', '/:resource', 'find'),
    route('GET', '/:resource/:id', 'findOne'),
    route('POST', '/:resource', 'create'),
    route('PUT', '/:resource/:id', 'update'),
    route('DELETE', '/:resource/:id', 'delete'),
  ],
};
