/**
 * Browser tests: playwright-core driving Debian's Chromium against the built app, started once for the run
 * on a free port with a throw-away embedded PostgreSQL (or a fresh database on DATABASE_URL's server).
 * Run with `npm run e2e`, which builds first.
 */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.js',
  globalTeardown: '<rootDir>/src/support/global-teardown.js',
  testTimeout: 60_000,
};
