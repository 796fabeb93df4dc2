/*
 * The contracts every app shares: `@sigobito/config/contracts`. Browser-safe: no Node built-ins,
 * no environment, nothing but plain TypeScript (a unit test reads every import). The CMS enforces
 * these rules; the back office and the public site import them instead of copying them.
 */
export * from './own';
export * from './dates';
export * from './labels';
export * from './permissions';
export * from './role-grants';
export * from './csv';
export * from './catalogs';
export * from './resources';
export * from './request-workflow';
export * from './task-status';
export * from './task-light';
export * from './goal-status';
export * from './health';
export * from './aro-workflow';
export * from './aro-access';
export * from './write-access';
export * from './notifications';
export * from './api';
export * from './errors';
export * from './communications';
export * from './piece-text';
export * from './public-news';
export * from './money';
export * from './mayor-title';
export * from './implementation-guide';
export * from './tree';
export * from './open-data';
export * from './story';
export * from './geometry';
export * from './map-tiles';
