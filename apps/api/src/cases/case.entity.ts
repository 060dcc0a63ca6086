import type { CaseStatus, CaseType } from '@spoor/domain';
import { User } from '../users/user.entity';
import { Person } from '../people/person.entity';
import { Organisation } from '../organisations/organisation.entity';
import { BlindIndexColumn, EncryptedColumn } from '../platform/crypto/encrypted-column';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A traject: one programme for one person, commissioned by one client organisation. */
@Entity({ name: 'cases', schema: 'public' })
@Check('cases_type', `"type" IN ('reintegration_track1', 'reintegration_track2', 'outplacement', 'career_coaching')`)
@Check('cases_status', `"status" IN ('intake', 'active', 'on_hold', 'completed', 'cancelled')`)
@Check('cases_completed_at', `("status" = 'completed') = ("completed_at" IS NOT NULL)`)
@Index('cases_organisation_status', ['organisationId', 'status'])
// Case lists are ordered by start date and reference (both descending): one index per kind of caseload, so a
// page is read in index order instead of sorting the whole caseload (step 9: 20,000 cases).
@Index('cases_coach', ['coachId', 'startDate', 'reference'])
@Index('cases_labour_expert', ['labourExpertId', 'startDate', 'reference'])
@Index('cases_organisation_start', ['organisationId', 'startDate', 'reference'])
@Index('cases_start', ['startDate', 'reference'])
@Index('cases_person', ['personId'])
// Reference prefix search (LIKE 'RI-2026-00%'): a pattern-ops index, created by migration.
@Index('cases_reference_pattern', { synchronize: false })
export class Case {
  @PrimaryColumn('uuid')
  id!: string;

  /** RI-2026-0001 style; says nothing about the person. */
  @Column('varchar', { length: 20, unique: true })
  reference!: string;

  @Column('varchar', { length: 32 })
  type!: CaseType;

  @Column('varchar', { length: 16 })
  status!: CaseStatus;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /**
   * The employer's own reference for the case (a personnel number, a cost centre). A personnel number
   * identifies the person: encrypted under the person's data key (erasure shreds it with the rest), with a
   * blind index for exact searches.
   */
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true })
  clientReference!: string | null;

  @Index('cases_client_reference_index')
  @BlindIndexColumn({ ring: 'p', source: 'clientReference', subject: 'personId' })
  clientReferenceIndex!: string | null;

  /** Current assignments; their history is in case_assignments. */
  @Column('uuid', { name: 'coach_id', nullable: true })
  coachId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'coach_id' })
  coach?: User;

  @Column('uuid', { name: 'labour_expert_id', nullable: true })
  labourExpertId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'labour_expert_id' })
  labourExpert?: User;

  @Column('date', { name: 'start_date' })
  startDate!: string;

  /** Planned end of the programme. */
  @Column('date', { name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  /** Legal hold stops retention and erasure. */
  @Column('boolean', { name: 'legal_hold', default: false })
  legalHold!: boolean;

  /** Why the hold was placed (a procedure, a claim): administrative, no personal content. */
  @Column('varchar', { name: 'legal_hold_reason', length: 500, nullable: true })
  legalHoldReason!: string | null;

  @Column('uuid', { name: 'legal_hold_by', nullable: true })
  legalHoldBy!: string | null;

  @Column('timestamptz', { name: 'legal_hold_at', nullable: true })
  legalHoldAt!: Date | null;

  /** GDPR art. 18 restriction: data kept but not processed. */
  @Column('boolean', { name: 'processing_restricted', default: false })
  processingRestricted!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
