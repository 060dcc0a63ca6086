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

export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  /** Resolved by `resolveNodeEnv`: production unless development or test is asked for (or nothing names a server). */
  nodeEnv: NodeEnv;
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
  /** SMTP server for e-mail; without it (development and test only) messages go to `<data dir>/outbox` as .eml files. */
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

const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];

/** How to leave production when it was not meant: the one hint every production refusal ends with. */
export const DEVELOPMENT_HINT =
  'For development, tests or synthetic data against this database, set NODE_ENV=development explicitly.';

/**
 * Fail-safe: a DATABASE_URL names a real server, so without an explicit NODE_ENV Spoor behaves as production
 * (no demo data, no published TOTP secret, Secure cookies, real keys and SMTP required). Only `npm start` on
 * its own (embedded PostgreSQL, nothing configured) is the development experience by default.
 * An unknown NODE_ENV resolves to production as well; `loadConfig` reports it by name.
 */
export function resolveNodeEnv(env: NodeJS.ProcessEnv): { nodeEnv: NodeEnv; reason: string } {
  const given = env['NODE_ENV']?.trim();
  if (given) {
    return NODE_ENVS.includes(given as NodeEnv)
      ? { nodeEnv: given as NodeEnv, reason: `NODE_ENV=${given}` }
      : { nodeEnv: 'production', reason: 'NODE_ENV is not one of development, test, production' };
  }
  return env['DATABASE_URL']?.trim()
    ? { nodeEnv: 'production', reason: 'DATABASE_URL is set and NODE_ENV is not' }
    : { nodeEnv: 'development', reason: 'neither DATABASE_URL nor NODE_ENV is set (embedded PostgreSQL)' };
}

/** What production needs beyond development, and why: each refusal explains itself to the operator. */
const PRODUCTION_REQUIREMENTS = [
  ['DATABASE_URL', 'production data belongs on a managed PostgreSQL server, not the embedded one'],
  [
    'SPOOR_MASTER_KEY',
    'a generated key would be kept on disk beside the data it protects; give the real key from the environment',
  ],
  [
    'SPOOR_SPECIAL_MASTER_KEY',
    'a generated key would be kept on disk beside the data it protects; give the real key from the environment',
  ],
  [
    'SPOOR_SMTP_URL',
    'without it, password-reset and invitation links would be written to disk as e-mail files, which production never does',
  ],
  [
    'SPOOR_MAIL_FROM',
    'the sender of invitations and reminders (e.g. "Spoor <no-reply@your-agency.nl>"); the development default names a test domain that receiving servers reject',
  ],
  [
    'SPOOR_PUBLIC_URL',
    'the address where users reach Spoor (https://…); without it, links in invitations and reminders would point to localhost',
  ],
] as const;

/** Development and test only: production names its own sender (PRODUCTION_REQUIREMENTS). */
const DEVELOPMENT_MAIL_FROM = 'Spoor <no-reply@spoor.test>';
/** A bare address or `Name <address>`: what an SMTP server accepts as the sender. */
const MAIL_FROM_FORMAT = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

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
      NODE_ENV: str({ choices: [...NODE_ENVS], default: undefined }),
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
      SPOOR_MAIL_FROM: str({ default: undefined }),
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
  const { nodeEnv, reason } = resolveNodeEnv(env);
  let productionRefused = false;
  if (nodeEnv === 'production') {
    for (const [name, why] of PRODUCTION_REQUIREMENTS) {
      if (!valid(name) && !errors.some((e) => e.startsWith(`${name} `))) {
        errors.push(`${name} is required in production: ${why}`);
        productionRefused = true;
      }
    }
  }
  const mailFrom = valid('SPOOR_MAIL_FROM');
  if (typeof mailFrom === 'string' && mailFrom.trim() && !MAIL_FROM_FORMAT.test(mailFrom.trim())) {
    errors.push('SPOOR_MAIL_FROM must be an e-mail address, optionally with a name: Name <address@example.nl>');
  }
  const retentionYears = valid('SPOOR_ACCESS_LOG_RETENTION_YEARS');
  if (typeof retentionYears === 'number' && !(Number.isInteger(retentionYears) && retentionYears >= 1)) {
    errors.push('SPOOR_ACCESS_LOG_RETENTION_YEARS must be a whole number of years, at least 1');
  }
  if (valid('SPOOR_MASTER_KEY') && valid('SPOOR_MASTER_KEY') === valid('SPOOR_SPECIAL_MASTER_KEY')) {
    errors.push('SPOOR_SPECIAL_MASTER_KEY must differ from SPOOR_MASTER_KEY');
  }
  if (errors.length > 0) {
    const mode = productionRefused ? `\nRunning as production because ${reason}. ${DEVELOPMENT_HINT}` : '';
    throw new ConfigError(`Invalid configuration:\n  - ${errors.join('\n  - ')}${mode}`);
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
    nodeEnv,
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
    mailFrom: raw.SPOOR_MAIL_FROM?.trim() || DEVELOPMENT_MAIL_FROM,
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
