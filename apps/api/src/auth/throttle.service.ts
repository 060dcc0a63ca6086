import { createHmac } from 'node:crypto';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failed attempts in the window after which the next attempt is refused with 429. */
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 30;

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
    return createHmac('sha256', this.config.masterKey).update(`spoor/throttle/${key.scope}/${key.value.trim().toLowerCase()}`).digest('hex');
  }

  /** Throws 429 with Retry-After when any key has too many recent failures. */
  async assertAllowed(keys: ThrottleKey[]): Promise<void> {
    for (const key of keys) {
      const limit = key.scope === 'account' ? ACCOUNT_FAILURE_LIMIT : ADDRESS_FAILURE_LIMIT;
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS failures, extract(epoch FROM (min(at) + $3::interval - now()))::int AS retry
           FROM public.auth_failures WHERE scope = $1 AND key_hash = $2 AND at > now() - $3::interval`,
        [key.scope, this.hash(key), `${THROTTLE_WINDOW_MINUTES} minutes`],
      );
      if (row.failures >= limit) {
        throw new HttpException(
          { statusCode: 429, message: 'Too many attempts; try again later', error: 'Too Many Requests', retryAfterSeconds: Math.max(1, row.retry) },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
  }

  async recordFailure(keys: ThrottleKey[]): Promise<void> {
    for (const key of keys) {
      await this.dataSource.query('INSERT INTO public.auth_failures (scope, key_hash) VALUES ($1, $2)', [key.scope, this.hash(key)]);
    }
  }

  async clear(key: ThrottleKey): Promise<void> {
    await this.dataSource.query('DELETE FROM public.auth_failures WHERE scope = $1 AND key_hash = $2', [key.scope, this.hash(key)]);
  }

  /** Housekeeping: failures older than the window are of no use. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM public.auth_failures WHERE at < now() - $1::interval`, [`${THROTTLE_WINDOW_MINUTES} minutes`]);
  }
}
