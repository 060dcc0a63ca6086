import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, resolveNodeEnv } from './config';

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

  it('refuses to start in production without real keys, a database and SMTP, and says why', () => {
    const message = errorOf(() => loadConfig({ NODE_ENV: 'production', SPOOR_DATA_DIR: dataDir() }, quiet));
    expect(message).toContain('DATABASE_URL is required in production');
    expect(message).toContain('SPOOR_MASTER_KEY is required in production');
    expect(message).toContain('SPOOR_SPECIAL_MASTER_KEY is required in production');
    expect(message).toMatch(
      /SPOOR_SMTP_URL is required in production: .*password-reset and invitation links would be written to disk/,
    );
    expect(message).toContain('Running as production because NODE_ENV=production');
  });

  it('treats a DATABASE_URL without NODE_ENV as production: no generated keys, no mail on disk', () => {
    const dir = dataDir();
    const message = errorOf(() =>
      loadConfig({ DATABASE_URL: 'postgres://spoor@db:5432/spoor', SPOOR_DATA_DIR: dir }, quiet),
    );
    expect(message).toContain('SPOOR_MASTER_KEY is required in production');
    expect(message).toContain('SPOOR_SPECIAL_MASTER_KEY is required in production');
    expect(message).toContain('SPOOR_SMTP_URL is required in production');
    expect(message).not.toContain('DATABASE_URL is required');
    expect(message).toContain('because DATABASE_URL is set and NODE_ENV is not');
    expect(message).toContain('set NODE_ENV=development explicitly');
    expect(existsSync(join(dir, 'keys'))).toBe(false); // no development key was generated on the way
  });

  it('resolves the environment fail-safe: production unless development or test is asked for', () => {
    const server = 'postgres://spoor@db:5432/spoor';
    const table: Array<[NodeJS.ProcessEnv, string]> = [
      [{}, 'development'], // `npm start`: embedded PostgreSQL, demo data
      [{ DATABASE_URL: server }, 'production'], // an operator who forgot NODE_ENV
      [{ DATABASE_URL: server, NODE_ENV: '' }, 'production'],
      [{ DATABASE_URL: server, NODE_ENV: 'development' }, 'development'],
      [{ DATABASE_URL: server, NODE_ENV: 'test' }, 'test'],
      [{ DATABASE_URL: server, NODE_ENV: 'production' }, 'production'],
      [{ NODE_ENV: 'production' }, 'production'],
      [{ NODE_ENV: 'test' }, 'test'],
      [{ NODE_ENV: 'staging' }, 'production'], // unknown: refused by loadConfig, never development
    ];
    expect(table.map(([env]) => [env, resolveNodeEnv(env).nodeEnv])).toEqual(table);

    const complete = {
      SPOOR_MASTER_KEY: KEY_A,
      SPOOR_SPECIAL_MASTER_KEY: KEY_B,
      SPOOR_SMTP_URL: 'smtp://mail.example.test:587',
      SPOOR_MAIL_FROM: 'Spoor <no-reply@agency.example>',
      SPOOR_PUBLIC_URL: 'https://spoor.agency.example',
    };
    expect(loadConfig({ DATABASE_URL: server, ...complete, SPOOR_DATA_DIR: dataDir() }, quiet).nodeEnv).toBe(
      'production',
    );
    expect(
      loadConfig({ DATABASE_URL: server, NODE_ENV: 'development', SPOOR_DATA_DIR: dataDir() }, quiet).nodeEnv,
    ).toBe('development');
    expect(loadConfig({ SPOOR_DATA_DIR: dataDir() }, quiet).nodeEnv).toBe('development');
    expect(errorOf(() => loadConfig({ NODE_ENV: 'staging', SPOOR_DATA_DIR: dataDir() }, quiet))).toContain('NODE_ENV');
  });

  it('refuses production without a sender and a public URL, saying why; development keeps its defaults', () => {
    const message = errorOf(() =>
      loadConfig(
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://spoor@db:5432/spoor',
          SPOOR_MASTER_KEY: KEY_A,
          SPOOR_SPECIAL_MASTER_KEY: KEY_B,
          SPOOR_SMTP_URL: 'smtp://mail.example.test:587',
          SPOOR_DATA_DIR: dataDir(),
        },
        quiet,
      ),
    );
    expect(message).toMatch(/SPOOR_MAIL_FROM is required in production: the sender of invitations and reminders/);
    expect(message).toMatch(
      /SPOOR_PUBLIC_URL is required in production: .*links in invitations and reminders would point to localhost/,
    );
    expect(message).not.toContain('SPOOR_SMTP_URL is required');
    expect(message).toContain('Running as production because NODE_ENV=production');

    const development = loadConfig({ PORT: '3100', SPOOR_DATA_DIR: dataDir() }, quiet);
    expect(development.mailFrom).toBe('Spoor <no-reply@spoor.test>');
    expect(development.publicUrl).toBe('http://localhost:3100');
  });

  it('names a sender that is not an e-mail address, without echoing it', () => {
    for (const value of ['Spoor', 'Spoor <geen-adres>', 'a@b']) {
      const message = errorOf(() => loadConfig({ SPOOR_MAIL_FROM: value, SPOOR_DATA_DIR: dataDir() }, quiet));
      expect(message).toContain('SPOOR_MAIL_FROM must be an e-mail address');
      expect(message).not.toContain(value);
    }
    expect(errorOf(() => loadConfig({ SPOOR_PUBLIC_URL: 'spoor-intern', SPOOR_DATA_DIR: dataDir() }, quiet))).toContain(
      'SPOOR_PUBLIC_URL',
    );
    for (const value of ['no-reply@agency.example', 'Spoor Re-integratie <no-reply@agency.example>']) {
      expect(loadConfig({ SPOOR_MAIL_FROM: value, SPOOR_DATA_DIR: dataDir() }, quiet).mailFrom).toBe(value);
    }
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
        SPOOR_SMTP_URL: 'smtp://mail.example.test:587',
        SPOOR_MAIL_FROM: 'Spoor <no-reply@agency.example>',
        SPOOR_PUBLIC_URL: 'https://spoor.agency.example/',
        SPOOR_DATA_DIR: dataDir(),
      },
      quiet,
    );
    expect(config.nodeEnv).toBe('production');
    expect(config.mailFrom).toBe('Spoor <no-reply@agency.example>');
    expect(config.publicUrl).toBe('https://spoor.agency.example');
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
