import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/** Arbeidsdeskundig (AD) rapport: can the person do their own work, what work is suitable, what is advised. */
@Entity({ name: 'occupational_assessments', schema: 'special' })
@Index('occupational_assessments_case', ['caseId', 'reportDate'])
export class OccupationalAssessment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('date', { name: 'report_date' })
  reportDate!: string;

  @EncryptedColumn({ ring: 's', subject: 'personId' })
  conclusionOwnWork!: string;

  /** The part a coach may read: conclusion on suitable work. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  suitableWork!: string;

  @EncryptedColumn({ ring: 's', subject: 'personId' })
  advice!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
