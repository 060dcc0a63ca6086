import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The record of a retention cut: whole sealed ranges older than the retention period were removed. Verify
 * starts the chain from the last removed seal's hash, so the cut itself is provable, not a silent gap.
 */
@Entity({ name: 'access_log_cuts', schema: 'audit' })
export class AccessLogCut {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('timestamptz', { name: 'cut_at', default: () => 'now()' })
  cutAt!: Date;

  @Column('bigint', { name: 'up_to_seal_id' })
  upToSealId!: string;

  @Column('bigint', { name: 'up_to_event_id' })
  upToEventId!: string;

  @Column('varchar', { name: 'last_seal_hash', length: 64 })
  lastSealHash!: string;

  @Column('int', { name: 'events_removed' })
  eventsRemoved!: number;

  @Column('timestamptz', { name: 'older_than' })
  olderThan!: Date;
}
