import type { SicknessEventKind } from '@spoor/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * One sickness event of a person (ziekmelding, gedeeltelijk herstel, hersteldatum): the date only, never a
 * diagnosis. Schema `special`, special key ring. The events belong to the person, not to a case: the track-1
 * and track-2 cases of one person share the Poortwachter timeline they make.
 */
@Entity({ name: 'sickness_events', schema: 'special' })
@Check('sickness_events_kind', `"kind" IN ('sick', 'partial_recovery', 'recovery')`)
@Check('sickness_events_position', `"position" >= 1`)
@Check('sickness_events_retracted', `("retracted_at" IS NULL) = ("retracted_by" IS NULL)`)
// Events are appended in the order they happened; two writers racing for the same place: one loses.
@Index('sickness_events_person', ['personId', 'position'], { unique: true })
export class SicknessEvent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  /** The case it was recorded through (for the access log); the event itself is the person's. */
  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  /** 1-based place in the person's events, oldest first. */
  @Column('int')
  position!: number;

  @Column('varchar', { length: 20 })
  kind!: SicknessEventKind;

  /** ISO date, encrypted as the first day of illness is: even the date reveals the illness. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  date!: string;

  /** Null for an event carried over from a health record's first day of illness. */
  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** A wrongly entered event is retracted, not deleted: it no longer counts, and who, when and why stay. */
  @Column('timestamptz', { name: 'retracted_at', nullable: true })
  retractedAt!: Date | null;

  @Column('uuid', { name: 'retracted_by', nullable: true })
  retractedBy!: string | null;

  @EncryptedColumn({ ring: 's', subject: 'personId', nullable: true })
  retractReason!: string | null;
}
