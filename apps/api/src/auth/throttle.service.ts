import { createHmac } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeForIndex } from '@spoor/crypto';
import type { ErrorCode } from '@spoor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../platform/config/config';
import { InjectConfig } from '../platform/config/config.module';
import { apiError } from '../platform/http/api-error';
import type { ThrottleScope } from './auth-failure.entity';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failed attempts in the window after which the next attempt is refused with 429. */
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 30;
/** Wrong second-factor codes in the window after which the account's second factor is locked. */
export const SECOND_FACTOR_FAILURE_LIMIT = 10;
/** Password-reset requests in the window, per e-mail address (or account) and per source address. */
export const RESET_ACCOUNT_LIMIT = 5;
export const RESET_ADDRESS_LIMIT = 20;

const LIMITS: Record<ThrottleScope, number> = {
  account: ACCOUNT_FAILURE_LIMIT,
  address: ADDRESS_FAILURE_LIMIT,
  second_factor: SECOND_FACTOR_FAILURE_LIMIT,
  reset_account: RESET_ACCOUNT_LIMIT,
  reset_address: RESET_ADDRESS_LIMIT,
};

/** An attempt under way: it counts as a failure unless `succeeded` takes it back. */
export interface ThrottleAttempt {
  succeeded(): Promise<void>;
}

export interface ThrottleKey {
  scope: ThrottleScope;
  value: string;
}

/** Attempts at one invitation or reset link in the window, and at any link from one source address. */
export const LINK_ATTEMPT_LIMIT = ACCOUNT_FAILURE_LIMIT;
export const LINK_ADDRESS_LIMIT = ADDRESS_FAILURE_LIMIT;

/**
 * The keys that count attempts to use an invitation or reset link (`POST /invitations/accept`): per link, by
 * its token's hash, and per source address. A refused password or code does not use a link up, so without
 * them a stolen or intercepted link would allow unlimited tries at its enrolment code. They share the
 * `account` and `address` scopes (and so their limits, LINK_ATTEMPT_LIMIT and LINK_ADDRESS_LIMIT) in key
 * spaces of their own (`link:`): a link's budget and the login budgets never mix.
 */
export function linkThrottleKeys(linkTokenHash: string, sourceAddress: string): ThrottleKey[] {
  return [
    { scope: 'account', value: `link:${linkTokenHash}` },
    { scope: 'address', value: `link:${sourceAddress}` },
  ];
}

/**
 * The key that counts attempts at one account: its user id when the address resolves to an account, else the
 * address in the form the account lookup uses (NFKC, case-folded), so that `ｃoach@…` or `ⓒoach@…` spend the
 * same budget as `coach@…` instead of getting a fresh one.
 */
export function accountThrottleValue(user: { id: string } | null | undefined, email: string): string {
  return user ? `user:${user.id}` : `email:${normalizeForIndex(email)}`;
}

/**
 * Login, second-factor and password-reset throttling in PostgreSQL, so it holds across API instances, over a
 * sliding window. Keys are stored as HMACs.
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

  private refusal(key: ThrottleKey, retrySeconds: number) {
    const code: ErrorCode = key.scope === 'second_factor' ? 'SECOND_FACTOR_LOCKED' : 'TOO_MANY_ATTEMPTS';
    const message =
      key.scope === 'second_factor'
        ? 'Too many wrong second-factor codes: the second factor of this account is locked; wait, or ask an administrator to release it'
        : 'Too many attempts; try again later';
    return apiError(HttpStatus.TOO_MANY_REQUESTS, code, message, { retryAfterSeconds: Math.max(1, retrySeconds) });
  }

  /** Failures of `key` in the window and the seconds until the oldest of them leaves it. */
  private async count(key: ThrottleKey): Promise<{ failures: number; retry: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, coalesce(extract(epoch FROM (min(at) + $3::interval - now()))::int, 0) AS retry
         FROM public.auth_failures WHERE scope = $1 AND key_hash = $2 AND at > now() - $3::interval`,
      [key.scope, this.hash(key), `${THROTTLE_WINDOW_MINUTES} minutes`],
    );
    return row;
  }

  /**
   * Counts this attempt before it is checked: the attempt is recorded first, then the failures in the window
   * (this one included) are counted, so a burst of parallel guesses cannot all slip through a check that ran
   * before any of them was recorded — the n-th recorded attempt always sees at least n. Over the limit: 429
   * with `retryAfterSeconds` (and a Retry-After header); attempts made while refused count too, so an
   * attacker who keeps trying keeps the window closed. A successful attempt is taken back with `succeeded`,
   * which also clears the earlier failures of its account key (`account` or `second_factor`) — and only of
   * the keys given here: a right password never clears second-factor failures.
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
      const { failures, retry } = await this.count(key);
      if (failures > LIMITS[key.scope]) throw this.refusal(key, retry);
    }
    return {
      succeeded: async () => {
        await this.dataSource.query('DELETE FROM public.auth_failures WHERE id = ANY($1::bigint[])', [reserved]);
        for (const key of keys) if (key.scope === 'account' || key.scope === 'second_factor') await this.clear(key);
      },
    };
  }

  /** Refuses (without counting an attempt) when `key` has reached its limit: a locked second factor. */
  async assertOpen(key: ThrottleKey): Promise<void> {
    const { failures, retry } = await this.count(key);
    if (failures >= LIMITS[key.scope]) throw this.refusal(key, retry);
  }

  /** Removes every failure of `key` (inside `manager`'s transaction when given); true when there were any. */
  async clear(key: ThrottleKey, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [, affected] = await manager.query('DELETE FROM public.auth_failures WHERE scope = $1 AND key_hash = $2', [
      key.scope,
      this.hash(key),
    ]);
    return Number(affected) > 0;
  }

  /** Housekeeping: failures older than the window are of no use. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM public.auth_failures WHERE at < now() - $1::interval`, [
      `${THROTTLE_WINDOW_MINUTES} minutes`,
    ]);
  }
}
