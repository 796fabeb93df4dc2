/**
 * Two CMS processes on one MariaDB and one Redis (issue 11): `npm run test:scale`, run by .ci/run.
 * Not part of `npm test`, which needs no database server.
 */
const base = require('../../jest.config.js');
const ops = base.projects.find((p) => p.displayName === 'ops');

module.exports = {
  ...ops,
  rootDir: '../..',
  displayName: 'scale',
  testMatch: ['<rootDir>/tests/scale/**/*.test.ts'],
  testTimeout: 600000,
  maxWorkers: 1,
  forceExit: true,
};
