import type { ProgressReportStatus } from '@spoor/domain';
import { Case } from '../cases/case.entity';
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
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** Voortgangsrapportage: the coach's report on a period of the programme. */
@Entity({ name: 'progress_reports', schema: 'public' })
@Check('progress_reports_status', `"status" IN ('draft', 'final')`)
@Check('progress_reports_finalised', `("status" = 'final') = ("finalised_at" IS NOT NULL)`)
@Index('progress_reports_case', ['caseId', 'createdAt'])
export class ProgressReport {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** The person the report is about: whose data key encrypts it. */
  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @EncryptedColumn({ ring: 'p', subject: 'personId' })
  title!: string;

  @EncryptedColumn({ ring: 'p', subject: 'personId' })
  body!: string;

  /** The part the client (employer) may read, once released. */
  @EncryptedColumn({ ring: 'p', subject: 'personId', nullable: true })
  clientSummary!: string | null;

  @Column('boolean', { name: 'released_to_client', default: false })
  releasedToClient!: boolean;

  @Column('varchar', { length: 8, default: 'draft' })
  status!: ProgressReportStatus;

  /** A correction of a final report (final reports are immutable): the report it corrects. */
  @Column('uuid', { name: 'corrects_report_id', nullable: true })
  correctsReportId!: string | null;

  @Column('date', { name: 'period_start', nullable: true })
  periodStart!: string | null;

  @Column('date', { name: 'period_end', nullable: true })
  periodEnd!: string | null;

  @Column('timestamptz', { name: 'finalised_at', nullable: true })
  finalisedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
