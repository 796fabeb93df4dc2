import type { AuthProvider, UserIdentity } from 'react-admin';
import { isAllowed } from './permissions';
import { clearSession, getMe, SESSION_REQUEST, setMe, type Me } from './session';

/** Logging in sets the session cookie (httpOnly: the page never sees it); DELETE ends it. */
const SESSION_URL = '/api/backoffice/session';
const ME_URL = '/api/backoffice/me';

type LoginParams = { username: string; password: string };

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

const callApi = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    credentials: SESSION_REQUEST.credentials,
    headers: { Accept: 'application/json', ...SESSION_REQUEST.headers, ...(init.headers as Record<string, string> | undefined) },
  });

const fetchMe = async (): Promise<Me> => {
  const response = await callApi(ME_URL);
  if (!response.ok) throw Object.assign(new Error('sigobito.auth.no_access'), { status: response.status });
  const me = (await response.json()) as Me;
  setMe(me);
  return me;
};

let pendingMe: Promise<Me | null> | null = null;

/** Who is logged in: kept for this tab, asked again (once) when a tab opens with only the cookie. */
const currentMe = async (): Promise<Me | null> => {
  const cached = getMe();
  if (cached) return cached;
  pendingMe ??= fetchMe()
    .catch(() => null)
    .finally(() => {
      pendingMe = null;
    });
  return pendingMe;
};

export const authProvider: AuthProvider = {
  async login({ username, password }: LoginParams) {
    clearSession();
    const response = await callApi(SESSION_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: username, password }),
    });
    if (!response.ok) {
      if (response.status === 429) throw new Error('sigobito.auth.too_many_attempts');
      // 400: wrong credentials; 401: an account without back-office access (blocked, inactive member).
      const credentialsRefused = response.status === 400 || response.status === 401 || response.status === 403;
      throw new Error(credentialsRefused ? 'ra.auth.sign_in_error' : 'ra.notification.http_error');
    }
    setMe((await response.json()) as Me);
  },

  async logout() {
    const loggedIn = getMe() !== null;
    clearSession();
    // Ends the session on the server (every browser of this user) and deletes the cookie.
    if (loggedIn) await callApi(SESSION_URL, { method: 'DELETE' }).catch(() => undefined);
  },

  async checkAuth() {
    // No session (never logged in, or it ended): straight to the login page, without an error notification.
    if (!(await currentMe())) throw { message: false };
  },

  async checkError(error: unknown) {
    const status = statusOf(error);
    if (status === 401) {
      // react-admin then calls logout(), which clears the session; clearing it here would
      // suppress its "session ended" notification.
      throw new Error('ra.notification.logged_out');
    }
    // 403 (a role that may not do the call) and anything else keep the session.
  },

  async getIdentity(): Promise<UserIdentity> {
    const me = await currentMe();
    if (!me) throw new Error('ra.auth.auth_check_error');
    return { id: me.member?.id ?? me.id, fullName: me.member?.fullName ?? me.username };
  },

  async getPermissions() {
    return await currentMe();
  },

  async canAccess({ resource, action }) {
    const me = await currentMe();
    return isAllowed(me?.permissions, resource, action);
  },
};
