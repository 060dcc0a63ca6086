// Starts the built Spoor (dist/) exactly as `npm start` runs it, on a free port, with its own data folder.
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, chmodSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { randomBytes } = require('node:crypto');

const root = resolve(__dirname, '../../../..');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForHealth(url, child, output) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Spoor exited (${child.exitCode}) before it was up:\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Spoor did not become healthy in time:\n${output.join('')}`);
}

module.exports = async function globalSetup() {
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: `npm run e2e` builds the api and web before running the browser tests.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'spoor-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    SPOOR_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  };
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/spoor_e2e_${randomBytes(5).toString('hex')}`;
    env.DATABASE_URL = url.toString();
    globalThis.__SPOOR_E2E_DB__ = url.toString();
  }
  const output = [];
  const child = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  globalThis.__SPOOR_E2E__ = { child, dataDir };
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(baseUrl, child, output);
  process.env.E2E_BASE_URL = baseUrl;
  // Specs read the development outbox (<data dir>/outbox/*.eml) to follow invitation links.
  process.env.E2E_DATA_DIR = dataDir;
};
