import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Wrapped data keys (DEKs) of one key ring. A destroyed key keeps its row as a tombstone (no key material),
 * so "erased" can be told apart from "never existed".
 */
@Check(
  'data_key_wrapped_unless_destroyed',
  `("destroyed_at" IS NULL) = ("wrapped_key" IS NOT NULL AND "kek_id" IS NOT NULL)`,
)
@Check('data_key_purpose', `"purpose" IN ('data', 'blind_index')`)
abstract class DataKeyColumns {
  @PrimaryColumn('uuid')
  id!: string;

  /** The person or user the key belongs to; null for the ring's blind-index key. */
  @Column('uuid', { name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column('varchar', { length: 16 })
  purpose!: 'data' | 'blind_index';

  /** Id (fingerprint) of the master key that wraps this key. */
  @Column('varchar', { name: 'kek_id', length: 32, nullable: true })
  kekId!: string | null;

  @Column('text', { name: 'wrapped_key', nullable: true })
  wrappedKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'rewrapped_at', nullable: true })
  rewrappedAt!: Date | null;

  @Column('timestamptz', { name: 'destroyed_at', nullable: true })
  destroyedAt!: Date | null;
}

@Entity({ name: 'data_keys', schema: 'public' })
@Index('data_keys_active_subject', ['subjectId', 'purpose'], {
  unique: true,
  where: '"destroyed_at" IS NULL AND "subject_id" IS NOT NULL',
})
@Index('data_keys_active_ring', ['purpose'], { unique: true, where: '"destroyed_at" IS NULL AND "subject_id" IS NULL' })
@Index('data_keys_kek', ['kekId'])
export class ProcessDataKey extends DataKeyColumns {}

/** The special file's own key ring, readable only by `spoor_special`. */
@Entity({ name: 'data_keys', schema: 'special' })
@Index('special_data_keys_active_subject', ['subjectId', 'purpose'], {
  unique: true,
  where: '"destroyed_at" IS NULL AND "subject_id" IS NOT NULL',
})
@Index('special_data_keys_active_ring', ['purpose'], {
  unique: true,
  where: '"destroyed_at" IS NULL AND "subject_id" IS NULL',
})
@Index('special_data_keys_kek', ['kekId'])
export class SpecialDataKey extends DataKeyColumns {}
