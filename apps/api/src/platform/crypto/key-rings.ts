import { KeyRing, PgKeyStore, StaticKeyProvider, type SqlRunner } from '@spoor/crypto';
import type { AppConfig } from '../config/config';

export interface KeyRings {
  /** Process file: personalia, reports, notes. Keys in `public.data_keys`, master key SPOOR_MASTER_KEY. */
  process: KeyRing;
  /** Special file: health data. Keys in `special.data_keys`, master key SPOOR_SPECIAL_MASTER_KEY. */
  special: KeyRing;
}

type KeyConfig = Pick<
  AppConfig,
  'masterKey' | 'specialMasterKey' | 'previousMasterKeys' | 'previousSpecialMasterKeys' | 'dekCacheSize'
>;

/** How long an unwrapped data key may stay in memory: bounds how long a shredded key lives on in other instances. */
export const DEK_CACHE_TTL_MS = 60_000;

export function createProcessKeyRing(config: KeyConfig, run: SqlRunner): KeyRing {
  return new KeyRing({
    ring: 'p',
    provider: new StaticKeyProvider(config.masterKey, config.previousMasterKeys),
    store: new PgKeyStore(run, 'public.data_keys'),
    cache: { max: config.dekCacheSize, ttlMs: DEK_CACHE_TTL_MS },
  });
}

export function createSpecialKeyRing(config: KeyConfig, run: SqlRunner): KeyRing {
  return new KeyRing({
    ring: 's',
    provider: new StaticKeyProvider(config.specialMasterKey, config.previousSpecialMasterKeys),
    store: new PgKeyStore(run, 'special.data_keys'),
    cache: { max: config.dekCacheSize, ttlMs: DEK_CACHE_TTL_MS },
  });
}

/** A SqlRunner over anything with TypeORM's `query(sql, parameters)` (DataSource, EntityManager, QueryRunner). */
export function sqlRunner(target: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): SqlRunner {
  return async (sql, parameters) => {
    const result = await target.query(sql, parameters);
    // TypeORM returns [rows, affected] for UPDATE … RETURNING on postgres.
    if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
      return result[0] as Array<Record<string, unknown>>;
    }
    return result as Array<Record<string, unknown>>;
  };
}
