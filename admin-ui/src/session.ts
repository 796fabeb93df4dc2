import type { PermissionMap } from './permissions';

/** The answer of `GET /api/backoffice/me`. */
export type Me = {
  id: number | string;
  username: string;
  email: string;
  role: string;
  roleLabel: string;
  member: { id: string; fullName: string } | null;
  permissions: PermissionMap;
};

const TOKEN_KEY = 'sigobito.jwt';
const ME_KEY = 'sigobito.me';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const setToken = (jwt: string): void => localStorage.setItem(TOKEN_KEY, jwt);

export const getMe = (): Me | null => {
  const raw = localStorage.getItem(ME_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Me;
  } catch {
    // A corrupt entry is treated as no entry: /me is fetched again.
    localStorage.removeItem(ME_KEY);
    return null;
  }
};

export const setMe = (me: Me): void => localStorage.setItem(ME_KEY, JSON.stringify(me));

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(ME_KEY);
};
