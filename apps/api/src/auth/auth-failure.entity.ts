import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a throttle counts: password failures per account and per source address, second-factor failures per
 * account (their own count, cleared only by a successful second factor), password-reset requests per
 * address and per source address.
 */
export const THROTTLE_SCOPES = ['account', 'address', 'second_factor', 'reset_account', 'reset_address'] as const;
export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

/**
 * Failed password or code attempts (and reset requests), for throttling across API instances. Keys are HMACs
 * (of a user id, a normalised e-mail or the source address), so this table holds no personal data in the clear.
 */
@Entity({ name: 'auth_failures', schema: 'public' })
@Check('auth_failures_scope', `"scope" IN ('account', 'address', 'second_factor', 'reset_account', 'reset_address')`)
@Index('auth_failures_lookup', ['scope', 'keyHash', 'at'])
export class AuthFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('varchar', { length: 16 })
  scope!: ThrottleScope;

  @Column('varchar', { name: 'key_hash', length: 64 })
  keyHash!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
