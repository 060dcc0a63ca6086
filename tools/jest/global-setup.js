/**
 * One PostgreSQL server for the whole `npm test` run: the one DATABASE_URL names, or an embedded one started
 * here (throw-away data directory). Suites create their own databases on it (apps/api/test/utils).
 */
require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'bundler' },
});
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.SPOOR_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedPostgres } = require('../../apps/api/src/platform/database/embedded-postgres');
  const root = mkdtempSync(join(tmpdir(), 'spoor-test-'));
  require('node:fs').chmodSync(root, 0o755);
  const handle = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), persistent: false });
  globalThis.__SPOOR_TEST_PG__ = { handle, root };
  process.env.SPOOR_TEST_SERVER_URL = handle.serverUrl;
};
