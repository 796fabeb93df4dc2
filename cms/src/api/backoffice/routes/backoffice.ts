import { actionsOf } from '../../../backoffice/registry';
import { MODULES } from '../../../modules';
import { acceptOnly } from '../../../sessions/login';

/**
 * The back-office API. Authentication and authorization happen in the controller (auth.ts + the
 * matrix). The modules' actions come from their declarations (routes load before register(), so
 * from the static module list): one route each, all served by the kernel's `action` handler, and
 * mounted before the generic `/:resource` routes that would otherwise take them.
 */
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
    route('POST', '/uploads', 'upload'),
    ...actionsOf(MODULES).map((a) => route(a.method, a.path, 'action')),
    route('GET', '/:resource', 'find'),
    route('GET', '/:resource/:id', 'findOne'),
    route('POST', '/:resource', 'create'),
    route('PUT', '/:resource/:id', 'update'),
    route('DELETE', '/:resource/:id', 'delete'),
  ],
};
