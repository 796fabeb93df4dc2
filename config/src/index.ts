// For Node callers (cms, scripts, tests): the environment and the contracts. The browser imports `@sigobito/config/contracts`.
export * from './env';
export * from './contracts';
