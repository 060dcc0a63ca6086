import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const KEY_A = Buffer.alloc(32, 1).toString('base64');
const KEY_B = Buffer.alloc(32, 2).toString('base64');
const quiet = { warn: () => undefined };

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'spoor-config-'));
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('names a malformed variable and does not echo its value', () => {
    const message = errorOf(() =>
      loadConfig({ SPOOR_MASTER_KEY: 'not-a-secret-key-value', SPOOR_DATA_DIR: dataDir() }, quiet),
    );
    expect(message).toContain('SPOOR_MASTER_KEY');
    expect(message).not.toContain('not-a-secret-key-value');
  });

  it('names a bad PORT and a bad DATABASE_URL', () => {
    const message = errorOf(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'nonsense', SPOOR_DATA_DIR: dataDir() }, quiet),
    );
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
  });

  it('names a bad access-log retention and keeps the five-year default otherwise', () => {
    for (const value of ['0', '2.5', 'five']) {
      expect(
        errorOf(() => loadConfig({ SPOOR_ACCESS_LOG_RETENTION_YEARS: value, SPOOR_DATA_DIR: dataDir() }, quiet)),
      ).toContain('SPOOR_ACCESS_LOG_RETENTION_YEARS');
    }
    expect(loadConfig({ SPOOR_DATA_DIR: dataDir() }, quiet).accessLogRetentionYears).toBe(5);
    expect(
      loadConfig({ SPOOR_ACCESS_LOG_RETENTION_YEARS: '7', SPOOR_DATA_DIR: dataDir() }, quiet).accessLogRetentionYears,
    ).toBe(7);
  });

  it('refuses to start in production without real keys and a database', () => {
    const message = errorOf(() => loadConfig({ NODE_ENV: 'production', SPOOR_DATA_DIR: dataDir() }, quiet));
    expect(message).toContain('DATABASE_URL is required when NODE_ENV=production');
    expect(message).toContain('SPOOR_MASTER_KEY is required when NODE_ENV=production');
    expect(message).toContain('SPOOR_SPECIAL_MASTER_KEY is required when NODE_ENV=production');
  });

  it('refuses the same key for both key rings', () => {
    const message = errorOf(() =>
      loadConfig({ SPOOR_MASTER_KEY: KEY_A, SPOOR_SPECIAL_MASTER_KEY: KEY_A, SPOOR_DATA_DIR: dataDir() }, quiet),
    );
    expect(message).toContain('SPOOR_SPECIAL_MASTER_KEY must differ');
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://spoor@db:5432/spoor',
        SPOOR_MASTER_KEY: KEY_A,
        SPOOR_SPECIAL_MASTER_KEY: KEY_B,
        SPOOR_DATA_DIR: dataDir(),
      },
      quiet,
    );
    expect(config.masterKey.equals(Buffer.from(KEY_A, 'base64'))).toBe(true);
    expect(config.port).toBe(3000);
  });

  it('generates development keys once, loudly, private to the owner, and reuses them', () => {
    const dir = dataDir();
    const warnings: string[] = [];
    const first = loadConfig({ SPOOR_DATA_DIR: dir }, { warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toMatch(/SPOOR_MASTER_KEY is not set/);
    expect(warnings.join('\n')).toMatch(/SPOOR_SPECIAL_MASTER_KEY is not set/);
    const path = join(dir, 'keys', 'master.key');
    expect(statSync(path).mode & 0o077).toBe(0);
    expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64')).toHaveLength(32);
    const second = loadConfig({ SPOOR_DATA_DIR: dir }, quiet);
    expect(second.masterKey.equals(first.masterKey)).toBe(true);
    expect(second.specialMasterKey.equals(first.masterKey)).toBe(false);
  });
});
