import type {
  ObjectionPurpose,
  PrivacyRequestOutcome,
  PrivacyRequestStatus,
  PrivacyRequestType,
  RectificationReasonCode,
} from '@spoor/domain';
import { Check, Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** A data-subject request (AVG art. 15–21) with its statutory clock. */
@Entity({ name: 'privacy_requests', schema: 'public' })
@Check(
  'privacy_requests_type',
  `"type" IN ('access', 'rectification', 'erasure', 'restriction', 'portability', 'objection')`,
)
@Check('privacy_requests_status', `"status" IN ('received', 'extended', 'completed')`)
@Index('privacy_requests_due', ['status', 'dueAt'])
@Index('privacy_requests_person', ['personId'])
// An objection may name the processing it objects to; one such objection per person and purpose is in effect.
@Check(
  'privacy_requests_purpose',
  `"purpose" IS NULL OR ("type" = 'objection' AND "purpose" IN ('satisfaction_survey'))`,
)
@Index('privacy_requests_one_objection', ['personId', 'purpose'], { unique: true, where: '"purpose" IS NOT NULL' })
export class PrivacyRequest {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 16 }) type!: PrivacyRequestType;
  /** Objection only: the processing on legitimate interest objected to (OBJECTION_PURPOSES). */
  @Column('varchar', { length: 32, nullable: true }) purpose!: ObjectionPurpose | null;
  @Column('varchar', { length: 16, default: 'received' }) status!: PrivacyRequestStatus;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) details!: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'extended_at', nullable: true }) extendedAt!: Date | null;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) extensionReason!: string | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('varchar', { length: 20, nullable: true }) outcome!: PrivacyRequestOutcome | null;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) completionNote!: string | null;
  /** Rectification completed without a correction: why (RECTIFICATION_REASON_CODES); a code, never free text. */
  @Column('varchar', { name: 'outcome_reason', length: 32, nullable: true })
  outcomeReason!: RectificationReasonCode | null;
  @Column('uuid', { name: 'filed_by' }) filedBy!: string;
  @Column('uuid', { name: 'completed_by', nullable: true }) completedBy!: string | null;
  @VersionColumn() version!: number;
}
