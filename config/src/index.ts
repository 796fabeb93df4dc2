export * from './env';
export * from './permissions';
export * from './csv';
