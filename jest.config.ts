import type { Config } from 'jest';

/**
 * `npm test`: every jest project in one run, one PostgreSQL for all suites (DATABASE_URL's server, or an
 * embedded one), each suite in a database of its own, and one closing line "N passed, N failed".
 * The browser tests (apps/web-e2e) are not here: `npm run e2e`.
 */
const config: Config = {
  projects: ['<rootDir>/apps/api', '<rootDir>/apps/web', '<rootDir>/libs/domain', '<rootDir>/libs/crypto'],
  globalSetup: '<rootDir>/tools/jest/global-setup.js',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.js',
  testTimeout: 30_000,
};

export default config;
