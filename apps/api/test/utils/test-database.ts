import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../../src/platform/config/config';
import { runMigrations } from '../../src/data-sources';
import { ensureDatabase, provisionRoles, withDatabase, type DatabaseUrls } from '../../src/platform/database/provision';

/** Fixed master keys for tests only. */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7);
export const TEST_SPECIAL_MASTER_KEY = Buffer.alloc(32, 9);

export interface TestDatabase {
  name: string;
  urls: DatabaseUrls;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const server = process.env['SPOOR_TEST_SERVER_URL'] ?? process.env['DATABASE_URL'];
  if (!server) throw new Error('No PostgreSQL for tests: run them with `npm test` (its global setup provides one).');
  return server;
}

/**
 * A fresh database of its own for one suite: created, provisioned and migrated exactly as `npm start` does,
 * dropped afterwards. Isolation by database, not by mocks.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `spoor_test_${randomBytes(6).toString('hex')}`;
  const ownerUrl = withDatabase(server, name);
  await ensureDatabase(ownerUrl);
  const urls = await provisionRoles(ownerUrl);
  if (options.migrate !== false) await runMigrations(ownerUrl);
  return {
    name,
    urls,
    drop: () => dropDatabase(server, name),
  };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    databaseUrl: undefined,
    databaseAppUrl: undefined,
    databaseSpecialUrl: undefined,
    masterKey: TEST_MASTER_KEY,
    specialMasterKey: TEST_SPECIAL_MASTER_KEY,
    previousMasterKeys: [],
    previousSpecialMasterKeys: [],
    dataDir: mkdtempSync(join(tmpdir(), 'spoor-test-data-')),
    logLevel: 'silent',
    webDist: '/nonexistent-spoor-web-dist',
    dekCacheSize: 1000,
    smtpUrl: undefined,
    mailFrom: 'Spoor <no-reply@spoor.test>',
    publicUrl: 'http://localhost:3000',
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    breakGlassMinutes: 60,
    accessLogRetentionYears: 5,
    ...overrides,
  };
}

/** Runs one statement as the given runtime role and returns the error code PostgreSQL answers, if any. */
export async function queryAs(url: string, sql: string): Promise<{ rows: unknown[] } | { errorCode: string }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return { rows: result.rows };
  } catch (error) {
    return { errorCode: (error as { code?: string }).code ?? 'unknown' };
  } finally {
    await client.end();
  }
}
