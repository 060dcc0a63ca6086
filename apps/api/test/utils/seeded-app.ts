import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../../src/platform/config/config';
import { DEMO_ACCOUNTS, seedDemoData } from '../../src/seed/demo-seed';
import { openJobContext } from '../../src/seed/seed-context';
import { createTestApp } from './test-app';
import { createTestDatabase, testConfig, type TestDatabase } from './test-database';
import { loginAs, type TestClient } from './test-session';

export type DemoEmail = (typeof DEMO_ACCOUNTS)[number]['email'];

export interface SeededApp {
  db: TestDatabase;
  app: NestExpressApplication;
  dataDir: string;
  /** Logged-in clients, one per demo account, created on first use. */
  as(email: DemoEmail): Promise<TestClient>;
  close(): Promise<void>;
}

/** A suite's own database with the demo data, and the real app on it. */
export async function createSeededApp(
  options: {
    logLevel?: string;
    logStream?: NodeJS.WritableStream;
    /** 'development' lets the demo accounts reuse a TOTP code (many sessions of one account at once). */
    nodeEnv?: 'development';
    /** Configuration the suite is about (e.g. a retention other than the default). */
    config?: Partial<AppConfig>;
  } = {},
): Promise<SeededApp> {
  const db = await createTestDatabase();
  const config = testConfig();
  const jobs = await openJobContext(config, db.urls);
  try {
    await seedDemoData(jobs, '2026-11-23');
  } finally {
    await jobs.close();
  }
  const app = await createTestApp(
    db.urls,
    {
      ...options.config,
      dataDir: config.dataDir,
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
      ...(options.nodeEnv ? { nodeEnv: options.nodeEnv } : {}),
    },
    options.logStream,
  );
  // A listening server for the whole suite: given one that does not listen, supertest binds an ephemeral port
  // per request and closes it after that request, so concurrent requests (two logins at once) reset each
  // other's connections (seen in CI: ECONNRESET in a spec's beforeAll).
  await app.listen(0, '127.0.0.1');
  const clients = new Map<string, Promise<TestClient>>();
  return {
    db,
    app,
    dataDir: config.dataDir,
    as(email) {
      if (!clients.has(email)) clients.set(email, loginAs(app, email));
      return clients.get(email) as Promise<TestClient>;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
