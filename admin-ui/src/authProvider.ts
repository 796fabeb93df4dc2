import type { AuthProvider, UserIdentity } from 'react-admin';
import { isAllowed } from './permissions';
import { clearSession, getMe, getToken, setMe, setToken, type Me } from './session';

const LOGIN_URL = '/api/auth/local';
const ME_URL = '/api/backoffice/me';

type LoginParams = { username: string; password: string };

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

const fetchMe = async (jwt: string): Promise<Me> => {
  const response = await fetch(ME_URL, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${jwt}` },
  });
  if (!response.ok) throw Object.assign(new Error('sigobito.auth.no_access'), { status: response.status });
  const me = (await response.json()) as Me;
  setMe(me);
  return me;
};

/** The cached /me answer, fetched again when the page was opened with only a token. */
const currentMe = async (): Promise<Me | null> => {
  const cached = getMe();
  if (cached) return cached;
  const jwt = getToken();
  if (!jwt) return null;
  try {
    return await fetchMe(jwt);
  } catch {
    return null;
  }
};

export const authProvider: AuthProvider = {
  async login({ username, password }: LoginParams) {
    clearSession();
    const response = await fetch(LOGIN_URL, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: username, password }),
    });
    if (!response.ok) {
      // users-permissions answers 400 for wrong credentials and for blocked accounts.
      const credentialsRefused = response.status === 400 || response.status === 401 || response.status === 403;
      throw new Error(credentialsRefused ? 'ra.auth.sign_in_error' : 'ra.notification.http_error');
    }
    const { jwt } = (await response.json()) as { jwt?: string };
    if (!jwt) throw new Error('ra.auth.sign_in_error');
    setToken(jwt);
    try {
      await fetchMe(jwt);
    } catch (error) {
      // A valid account without back-office access (e.g. an inactive member) must not stay half logged in.
      clearSession();
      throw error;
    }
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    // Never logged in: straight to the login page, without an error notification.
    if (!getToken()) throw { message: false };
    if (!(await currentMe())) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
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
    return getToken() ? await currentMe() : null;
  },

  async canAccess({ resource, action }) {
    const me = await currentMe();
    return isAllowed(me?.permissions, resource, action);
  },
};
