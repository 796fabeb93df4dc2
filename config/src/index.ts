export * from './env';
export * from './permissions';
