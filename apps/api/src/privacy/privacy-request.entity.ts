import type { PrivacyRequestOutcome, PrivacyRequestStatus, PrivacyRequestType } from '@spoor/domain';
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
export class PrivacyRequest {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 16 }) type!: PrivacyRequestType;
  @Column('varchar', { length: 16, default: 'received' }) status!: PrivacyRequestStatus;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) details!: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'extended_at', nullable: true }) extendedAt!: Date | null;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) extensionReason!: string | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('varchar', { length: 20, nullable: true }) outcome!: PrivacyRequestOutcome | null;
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true }) completionNote!: string | null;
  @Column('uuid', { name: 'filed_by' }) filedBy!: string;
  @Column('uuid', { name: 'completed_by', nullable: true }) completedBy!: string | null;
  @VersionColumn() version!: number;
}
