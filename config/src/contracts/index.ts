/** The browser-safe part of @sigobito/config (`@sigobito/config/contracts`): no fs, path or env. */
export * from './errors';
