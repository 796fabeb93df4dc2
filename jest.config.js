/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  {
    diagnostics: false,
    tsconfig: { isolatedModules: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, resolveJsonModule: true, allowJs: true, jsx: 'react-jsx' },
  },
];

const common = {
  transform: { '^.+\\.[tj]sx?$': tsJest },
  testEnvironment: 'node',
  // Anchored: a bare ".tmp" would also match any path containing "tmp".
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.tmp/', '/dist/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};

module.exports = {
  // Two suites at a time, one per core (each Strapi ~500 MB; each worker its own database, see
  // tests/integration/helpers/env.ts). The ops suites time overload and recovery: `npm test` runs
  // them after the others, alone (--maxWorkers 1).
  maxWorkers: 2,
  // Each Strapi a suite boots leaves some heap behind (its registries, ts-jest's caches): in one
  // process the heap grew ~70 MB a file, and after ~150 files the garbage collector took more time
  // than the tests (a 17 s suite took 137 s and timed out). A worker is replaced, between
  // files, once its heap passes this size.
  workerIdleMemoryLimit: '900MB',
  testTimeout: 120000,
  // A handle a suite leaks (a timer, a socket) must not keep the run alive after its results are in. Open handles are still bugs: find them with --detectOpenHandles.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/cms/src/**/*.test.ts',
        '<rootDir>/config/src/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/public-site/src/**/*.test.ts',
        '<rootDir>/admin-ui/src/**/*.test.ts',
      ],
      transformIgnorePatterns: ['/node_modules/'],
      // d3 ships ES modules only as its entry point; its UMD build is the same code for Node's require.
      moduleNameMapper: { '^(d3-geo|d3-array)$': '<rootDir>/node_modules/$1/dist/$1.js' },
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/helpers/global-teardown.ts',
      setupFiles: ['<rootDir>/tests/integration/helpers/env.ts'],
    },
    {
      // The attack suite (issue 7): route inventory, permission matrix, fuzzing, and one
      // regression test per finding. Real Strapi over HTTP, like the integration suites.
      ...common,
      displayName: 'security',
      testMatch: ['<rootDir>/tests/security/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/helpers/global-teardown.ts',
      setupFiles: ['<rootDir>/tests/integration/helpers/env.ts'],
    },
    {
      // Operations (issue 11): the restore drill backs up a real CMS, restores it into a fresh
      // database and folder, and boots on them. SQLite by default; MariaDB with DATABASE_CLIENT=mysql.
      ...common,
      displayName: 'ops',
      testMatch: ['<rootDir>/tests/ops/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/helpers/global-teardown.ts',
      setupFiles: ['<rootDir>/tests/integration/helpers/env.ts'],
    },
  ],
};
