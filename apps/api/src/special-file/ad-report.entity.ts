import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** An arbeidsdeskundig (AD) report as structure (libs/domain/src/fml/ad-report.ts). */
@Entity({ name: 'ad_reports', schema: 'special' })
@Index('ad_reports_case', ['caseId', 'reportedOn'])
export class AdReportRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('date', { name: 'reported_on' })
  reportedOn!: string;

  /** JSON of the AdReport, encrypted as one value. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  report!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
