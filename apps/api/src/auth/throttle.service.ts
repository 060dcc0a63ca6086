import { createHmac } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { apiError } from '../platform/http/api-error';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failed attempts in the window after which the next attempt is refused with 429. */
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 30;

/** An attempt under way: it counts as a failure unless `succeeded` takes it back. */
export interface ThrottleAttempt {
  succeeded(): Promise<void>;
}

export interface ThrottleKey {
  scope: 'account' | 'address';
  value: string;
}

/**
 * Login and second-factor throttling in PostgreSQL, so it holds across API instances: per account (the e-mail)
 * and per source address, over a sliding window. Keys are stored as HMACs.
 */
@Injectable()
export class ThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private hash(key: ThrottleKey): string {
    return createHmac('sha256', this.config.masterKey)
      .update(`spoor/throttle/${key.scope}/${key.value.trim().toLowerCase()}`)
      .digest('hex');
  }

  /**
   * Counts this attempt before it is checked: the attempt is recorded first, then the failures in the window
   * (this one included) are counted, so a burst of parallel guesses cannot all slip through a check that ran
   * before any of them was recorded — the n-th recorded attempt always sees at least n. Over the limit: 429
   * with `retryAfterSeconds` (and a Retry-After header); attempts made while refused count too, so an
   * attacker who keeps trying keeps the window closed. A successful attempt is taken back with `succeeded`.
   */
  async begin(keys: ThrottleKey[]): Promise<ThrottleAttempt> {
    const reserved: string[] = [];
    for (const key of keys) {
      const [row] = await this.dataSource.query(
        'INSERT INTO public.auth_failures (scope, key_hash) VALUES ($1, $2) RETURNING id',
        [key.scope, this.hash(key)],
      );
      reserved.push(String(row.id));
    }
    for (const key of keys) {
      const limit = key.scope === 'account' ? ACCOUNT_FAILURE_LIMIT : ADDRESS_FAILURE_LIMIT;
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS failures, extract(epoch FROM (min(at) + $3::interval - now()))::int AS retry
           FROM public.auth_failures WHERE scope = $1 AND key_hash = $2 AND at > now() - $3::interval`,
        [key.scope, this.hash(key), `${THROTTLE_WINDOW_MINUTES} minutes`],
      );
      if (row.failures > limit) {
        throw apiError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', 'Too many attempts; try again later', {
          retryAfterSeconds: Math.max(1, row.retry),
        });
      }
    }
    return {
      succeeded: async () => {
        await this.dataSource.query('DELETE FROM public.auth_failures WHERE id = ANY($1::bigint[])', [reserved]);
        for (const key of keys) if (key.scope === 'account') await this.clear(key);
      },
    };
  }

  async clear(key: ThrottleKey): Promise<void> {
    await this.dataSource.query('DELETE FROM public.auth_failures WHERE scope = $1 AND key_hash = $2', [
      key.scope,
      this.hash(key),
    ]);
  }

  /** Housekeeping: failures older than the window are of no use. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM public.auth_failures WHERE at < now() - $1::interval`, [
      `${THROTTLE_WINDOW_MINUTES} minutes`,
    ]);
  }
}
