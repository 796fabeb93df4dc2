/** Browser tests: run by `npm run test:e2e` (scripts/e2e.ts starts the system first). */
module.exports = {
  rootDir: '../..',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true } }] },
  testEnvironment: 'node',
  testTimeout: 90000,
  maxWorkers: 1,
};
