export * from './env';
export * from './permissions';
export * from './csv';
export * from './role-grants';
export * from './contracts';
