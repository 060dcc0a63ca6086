import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanEnv, makeValidator, num, port, str, url, EnvError, EnvMissingError } from 'envalid';
import { RETENTION_RULES } from '@spoor/domain';

/** A 32-byte key given as base64. */
const base64Key = makeValidator<string>((input) => {
  const bytes = Buffer.from(input, 'base64');
  if (bytes.length !== 32 || bytes.toString('base64').replace(/=+$/, '') !== input.replace(/=+$/, '')) {
    throw new EnvError('must be 32 bytes encoded as base64 (openssl rand -base64 32)');
  }
  return input;
});

/** Comma-separated 32-byte base64 keys. */
const base64KeyList = makeValidator<string>((input) => {
  for (const part of input
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (Buffer.from(part, 'base64').length !== 32) throw new EnvError('must be comma-separated 32-byte base64 keys');
  }
  return input;
});

const parseKeyList = (value: string | undefined): Buffer[] =>
  (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => Buffer.from(p, 'base64'));

export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /** Owner role: runs migrations and provisions roles. Absent → embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Optional explicit connection strings for the two runtime roles (operators who manage roles themselves). */
  databaseAppUrl: string | undefined;
  databaseSpecialUrl: string | undefined;
  masterKey: Buffer;
  specialMasterKey: Buffer;
  /** Master keys being rotated away: data keys wrapped under them still unwrap until `keys rotate-master` ran. */
  previousMasterKeys: Buffer[];
  previousSpecialMasterKeys: Buffer[];
  dataDir: string;
  logLevel: string;
  /** Where the built web app lives; served at `/`. */
  webDist: string;
  /** How many unwrapped data keys may stay in memory. */
  dekCacheSize: number;
  /** SMTP server for e-mail; without it messages are written to `.data/outbox` as .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where users reach Spoor: links in e-mails point here. */
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  breakGlassMinutes: number;
  /** Years the access log is kept (NEN 7513: five); `npm run retention` cuts whole sealed ranges older than this. */
  accessLogRetentionYears: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates the environment once, at start. A bad or missing variable stops the start with a message that
 * names the variable and never echoes its value (keys are secrets).
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { warn?: (message: string) => void; cwd?: string } = {},
): AppConfig {
  const warn = options.warn ?? ((m: string) => process.stderr.write(`WARNING: ${m}\n`));
  const cwd = options.cwd ?? process.cwd();
  const errors: string[] = [];
  const raw = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
      PORT: port({ default: 3000 }),
      DATABASE_URL: url({ default: undefined }),
      DATABASE_APP_URL: url({ default: undefined }),
      DATABASE_SPECIAL_URL: url({ default: undefined }),
      SPOOR_MASTER_KEY: base64Key({ default: undefined }),
      SPOOR_SPECIAL_MASTER_KEY: base64Key({ default: undefined }),
      SPOOR_MASTER_KEY_PREVIOUS: base64KeyList({ default: undefined }),
      SPOOR_SPECIAL_MASTER_KEY_PREVIOUS: base64KeyList({ default: undefined }),
      SPOOR_DATA_DIR: str({ default: join(cwd, '.data') }),
      SPOOR_WEB_DIST: str({ default: join(cwd, 'dist', 'apps', 'web') }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      SPOOR_DEK_CACHE_SIZE: num({ default: 10_000 }),
      SPOOR_SMTP_URL: url({ default: undefined }),
      SPOOR_MAIL_FROM: str({ default: 'Spoor <no-reply@spoor.test>' }),
      SPOOR_PUBLIC_URL: url({ default: undefined }),
      SPOOR_SESSION_IDLE_MINUTES: num({ default: 30 }),
      SPOOR_SESSION_ABSOLUTE_HOURS: num({ default: 12 }),
      SPOOR_BREAK_GLASS_MINUTES: num({ default: 60 }),
      SPOOR_ACCESS_LOG_RETENTION_YEARS: num({ default: RETENTION_RULES.accessLog.years }),
    },
    {
      reporter: ({ errors: found }) => {
        for (const [name, error] of Object.entries(found)) {
          if (!error) continue;
          const reason = error instanceof EnvMissingError ? 'is required' : error.message.replace(/: .*$/s, '');
          errors.push(`${name} ${reason}`);
        }
      },
    },
  );
  // envalid echoes the offending value in its messages; we keep only the variable name and the rule.
  // Its result throws when an invalid variable is read, so read through `valid`.
  const valid = (name: keyof typeof raw): unknown => {
    try {
      return raw[name];
    } catch {
      return undefined;
    }
  };
  if (valid('NODE_ENV') === 'production') {
    for (const name of ['DATABASE_URL', 'SPOOR_MASTER_KEY', 'SPOOR_SPECIAL_MASTER_KEY'] as const) {
      if (!valid(name) && !errors.some((e) => e.startsWith(`${name} `))) {
        errors.push(`${name} is required when NODE_ENV=production`);
      }
    }
  }
  const retentionYears = valid('SPOOR_ACCESS_LOG_RETENTION_YEARS');
  if (typeof retentionYears === 'number' && !(Number.isInteger(retentionYears) && retentionYears >= 1)) {
    errors.push('SPOOR_ACCESS_LOG_RETENTION_YEARS must be a whole number of years, at least 1');
  }
  if (valid('SPOOR_MASTER_KEY') && valid('SPOOR_MASTER_KEY') === valid('SPOOR_SPECIAL_MASTER_KEY')) {
    errors.push('SPOOR_SPECIAL_MASTER_KEY must differ from SPOOR_MASTER_KEY');
  }
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${errors.join('\n  - ')}`);
  }

  const keyDir = join(raw.SPOOR_DATA_DIR, 'keys');
  const masterKey = raw.SPOOR_MASTER_KEY
    ? Buffer.from(raw.SPOOR_MASTER_KEY, 'base64')
    : developmentKey(keyDir, 'master.key', 'SPOOR_MASTER_KEY', warn);
  const specialMasterKey = raw.SPOOR_SPECIAL_MASTER_KEY
    ? Buffer.from(raw.SPOOR_SPECIAL_MASTER_KEY, 'base64')
    : developmentKey(keyDir, 'special-master.key', 'SPOOR_SPECIAL_MASTER_KEY', warn);

  const previousMasterKeys = raw.SPOOR_MASTER_KEY
    ? parseKeyList(raw.SPOOR_MASTER_KEY_PREVIOUS)
    : developmentPreviousKeys(keyDir, 'master.previous');
  const previousSpecialMasterKeys = raw.SPOOR_SPECIAL_MASTER_KEY
    ? parseKeyList(raw.SPOOR_SPECIAL_MASTER_KEY_PREVIOUS)
    : developmentPreviousKeys(keyDir, 'special-master.previous');

  return {
    nodeEnv: raw.NODE_ENV as AppConfig['nodeEnv'],
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL || undefined,
    databaseAppUrl: raw.DATABASE_APP_URL || undefined,
    databaseSpecialUrl: raw.DATABASE_SPECIAL_URL || undefined,
    masterKey,
    specialMasterKey,
    previousMasterKeys,
    previousSpecialMasterKeys,
    dataDir: raw.SPOOR_DATA_DIR,
    logLevel: raw.LOG_LEVEL,
    webDist: raw.SPOOR_WEB_DIST,
    dekCacheSize: raw.SPOOR_DEK_CACHE_SIZE,
    smtpUrl: raw.SPOOR_SMTP_URL || undefined,
    mailFrom: raw.SPOOR_MAIL_FROM,
    publicUrl: (raw.SPOOR_PUBLIC_URL || `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
    sessionIdleMinutes: raw.SPOOR_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: raw.SPOOR_SESSION_ABSOLUTE_HOURS,
    breakGlassMinutes: raw.SPOOR_BREAK_GLASS_MINUTES,
    accessLogRetentionYears: raw.SPOOR_ACCESS_LOG_RETENTION_YEARS,
  };
}

/**
 * Development only: a key generated once into `.data/keys` (mode 0600). Losing that folder loses the data,
 * which is acceptable for demo data and exactly why production refuses to start without real keys.
 */
function developmentKey(dir: string, file: string, variable: string, warn: (m: string) => void): Buffer {
  const path = join(dir, file);
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new ConfigError(`${variable}: the development key in ${path} is not 32 bytes`);
    return key;
  }
  // The data folder stays traversable: the embedded PostgreSQL runs as another user when we are root.
  mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  warn(
    `${variable} is not set: generated a development key into ${path}. ` +
      'Never use generated keys in production; back the real keys up apart from the database.',
  );
  return key;
}

function developmentPreviousKeys(dir: string, file: string): Buffer[] {
  const path = join(dir, file);
  return existsSync(path) ? parseKeyList(readFileSync(path, 'utf8').split('\n').join(',')) : [];
}

/**
 * Development only (`npm run keys -- rotate-master`): a new generated master key becomes current and the old
 * one moves to the `.previous` file, where it stays readable until the re-wrap has finished.
 */
export function rotateDevelopmentKey(
  dataDir: string,
  ring: 'process' | 'special',
): { previous: Buffer; current: Buffer } {
  const dir = join(dataDir, 'keys');
  const base = ring === 'process' ? 'master' : 'special-master';
  const keyPath = join(dir, `${base}.key`);
  if (!existsSync(keyPath)) throw new ConfigError(`no generated ${ring} master key in ${dir} to rotate`);
  const previous = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
  const current = randomBytes(32);
  const previousPath = join(dir, `${base}.previous`);
  const earlier = existsSync(previousPath) ? readFileSync(previousPath, 'utf8').trim() : '';
  // Order and atomicity matter: the old key must be safely among the previous keys before the new one
  // replaces it, and a crash at any point must leave each file whole (old or new content, never empty),
  // or the keys still wrapped under an earlier master key could never be unwrapped again.
  replaceFileDurably(previousPath, [previous.toString('base64'), earlier].filter(Boolean).join('\n') + '\n');
  replaceFileDurably(keyPath, current.toString('base64') + '\n');
  return { previous, current };
}

/** Writes a small secret file by write, fsync and rename, then fsyncs the folder: all or nothing, even on power loss. */
function replaceFileDurably(path: string, content: string): void {
  const temporary = `${path}.new`;
  const file = openSync(temporary, 'w', 0o600);
  try {
    writeSync(file, content);
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
  const folder = openSync(dirname(path), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}
