const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const embedded = globalThis.__SPOOR_TEST_PG__;
  if (!embedded) return;
  await embedded.handle.stop();
  rmSync(embedded.root, { recursive: true, force: true });
};
