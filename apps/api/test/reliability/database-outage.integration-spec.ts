import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { runMigrations } from '../../src/data-sources';
import { ensureDatabase, provisionRoles, withDatabase } from '../../src/platform/database/provision';
import { createTestApp } from '../utils/test-app';

/**
 * PostgreSQL goes away mid-run and comes back: requests get 503 (never 500), /api/health says so, and the
 * service returns by itself. A server of its own, so the other suites are not disturbed.
 */
const SERVER_SCRIPT = join(__dirname, '../../../../tools/jest/pg-server.mjs');
const PASSWORD = 'outage-test';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts PostgreSQL in a child process on a fixed port and waits until it accepts connections. */
function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_SCRIPT, dataDir, String(port), PASSWORD], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited (${code})`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('database outage', () => {
  let root: string;
  let port: number;
  let server: ChildProcess;
  let app: NestExpressApplication;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'spoor-outage-'));
    chmodSync(root, 0o755);
    port = await freePort();
    server = await startServer(join(root, 'postgres'), port);
    const owner = withDatabase(`postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`, 'spoor');
    await ensureDatabase(owner);
    const urls = await provisionRoles(owner);
    await runMigrations(owner);
    app = await createTestApp(urls, { dataDir: join(root, 'data') });
  }, 60_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    if (server) await stopServer(server);
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 503 while the database is down and recovers without a restart', async () => {
    const http = () => request(app.getHttpServer());
    await http().get('/api/health').expect(200);
    await stopServer(server);
    const health = await http().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'error', database: 'down' });
    const login = await http().post('/api/auth/login').send({ email: 'coach@spoor.test', password: 'whatever-it-is' });
    expect(login.status).toBe(503);
    expect(login.body).toEqual({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unavailable; try again shortly',
      error: 'Service Unavailable',
    });
    const cases = await http().get('/api/cases').set('Cookie', 'spoor_session=abc');
    expect(cases.status).toBe(503);

    server = await startServer(join(root, 'postgres'), port);
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await http().get('/api/health')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
    await http().post('/api/auth/login').send({ email: 'coach@spoor.test', password: 'whatever-it-is' }).expect(401);
  }, 60_000);
});
