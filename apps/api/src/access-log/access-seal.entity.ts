import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A seal over a closed range of access events: the SHA-256 of their rows in order, chained to the previous
 * seal. Recomputing the chain proves no event in a sealed range was changed, removed or added afterwards. Ids
 * are gap-free (the sealer numbers them), so a removed seal shows.
 */
@Entity({ name: 'access_seals', schema: 'audit' })
export class AccessSeal {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('bigint', { name: 'from_event_id' })
  fromEventId!: string;

  @Column('bigint', { name: 'to_event_id' })
  toEventId!: string;

  @Column('int', { name: 'event_count' })
  eventCount!: number;

  @Column('varchar', { name: 'events_hash', length: 64 })
  eventsHash!: string;

  @Column('varchar', { name: 'previous_hash', length: 64 })
  previousHash!: string;

  @Column('varchar', { name: 'seal_hash', length: 64, unique: true })
  sealHash!: string;

  @Column('timestamptz', { name: 'sealed_at', default: () => 'now()' })
  sealedAt!: Date;

  /** 1: the first, ambiguous line format (seals from before the canonical form); 2: canonical form and MAC. */
  @Column('smallint', { default: 2 })
  version!: number;

  /** HMAC-SHA256 of the seal under the audit key: nobody without the key can re-seal (NULL on version 1). */
  @Column('varchar', { length: 64, nullable: true })
  mac!: string | null;

  @Column('varchar', { name: 'mac_key_id', length: 16, nullable: true })
  macKeyId!: string | null;
}
