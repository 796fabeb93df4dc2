import type { MeAnswer } from '@sigobito/config/contracts';

/** Who is logged in: the answer of `GET /api/backoffice/me`. */
export type Me = MeAnswer;

/**
 * The session itself is an httpOnly cookie the browser sends to /api: no script, ours or an
 * injected one, can read it. What this tab keeps is only who is logged in (not secret), so the
 * menu does not wait for /me on every page.
 */
const ME_KEY = 'sigobito.me';

/** What earlier versions kept in localStorage, readable by any script: removed on sight. */
const LEGACY_KEYS = ['sigobito.jwt', 'sigobito.me'];

/** Every request to the API: the session cookie (same origin only) and the header a forged cross-site request cannot carry. */
export const SESSION_REQUEST = {
  credentials: 'same-origin' as const,
  headers: { 'X-Requested-With': 'sigobito' },
};

export const getMe = (): Me | null => {
  const raw = sessionStorage.getItem(ME_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Me;
  } catch {
    // A corrupt entry is treated as no entry: /me is fetched again.
    sessionStorage.removeItem(ME_KEY);
    return null;
  }
};

export const setMe = (me: Me): void => sessionStorage.setItem(ME_KEY, JSON.stringify(me));

export const clearSession = (): void => {
  sessionStorage.removeItem(ME_KEY);
  forgetLegacySession();
};

export const forgetLegacySession = (): void => {
  for (const key of LEGACY_KEYS) localStorage.removeItem(key);
};
