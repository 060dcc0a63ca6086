import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed password or code attempts, for throttling across API instances. Keys are HMACs (of the e-mail or
 * the source address), so this table holds no personal data in the clear.
 */
@Entity({ name: 'auth_failures', schema: 'public' })
@Check('auth_failures_scope', `"scope" IN ('account', 'address')`)
@Index('auth_failures_lookup', ['scope', 'keyHash', 'at'])
export class AuthFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('varchar', { length: 8 })
  scope!: 'account' | 'address';

  @Column('varchar', { name: 'key_hash', length: 64 })
  keyHash!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
