const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const e2e = globalThis.__SPOOR_E2E__;
  if (!e2e) return;
  const exited = new Promise((resolve) => e2e.child.once('exit', resolve));
  e2e.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (e2e.child.exitCode === null) e2e.child.kill('SIGKILL');
  e2e.child.stdout?.destroy();
  e2e.child.stderr?.destroy();
  e2e.child.unref();
  rmSync(e2e.dataDir, { recursive: true, force: true });
  if (globalThis.__SPOOR_E2E_DB__) {
    const { Client } = require('pg');
    const url = new URL(globalThis.__SPOOR_E2E_DB__);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
};
